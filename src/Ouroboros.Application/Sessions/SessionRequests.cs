namespace Ouroboros.Application.Sessions;

/// <summary>Start a paper or live trading session of <see cref="Strategy"/> on <see cref="Markets"/>.</summary>
public sealed record StartSessionRequest(string Mode, string Strategy, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Markets, string Actor);

/// <summary>Stop the running session; working orders are cancelled by the session host.</summary>
public sealed record StopSessionRequest(string Reason, string Actor);

/// <summary>Let an order that waits for a person through (orders above the approval threshold).</summary>
public sealed record ApproveOrderRequest(string ClientOrderId, string Actor, string? Reason = null);
