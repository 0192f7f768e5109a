namespace Ouroboros.Application.Operations;

/// <summary>
/// Halt or resume the account (<see cref="Market"/> null) or one market. <see cref="Reason"/> is kept in the state log
/// with <see cref="Actor"/> (who asked, e.g. "cli:alice").
/// </summary>
public sealed record ChangeTradingStateRequest(string? Market, string Reason, string Actor);
