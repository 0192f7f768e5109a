namespace Ouroboros.Application.Operations;

/// <summary>
/// Halt or resume the account (<see cref="Market"/> null) or one market. <see cref="Reason"/> is kept in the state log
/// with <see cref="Actor"/> (who asked, e.g. "cli:alice").
/// </summary>
public sealed record ChangeTradingStateRequest(string? Market, string Reason, string Actor);

/// <summary>The kill switch: the whole account goes HALTED and KILLED.</summary>
public sealed record KillRequest(string Reason, string Actor);

/// <summary>State transitions newest first; <see cref="Scope"/> "account", a market, or null for all.</summary>
public sealed record TradingStateHistoryRequest(string? Scope, int Limit = 20);
