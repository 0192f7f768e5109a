namespace Ouroboros.Application.Operations;

/// <summary>State transitions newest first; <see cref="Scope"/> "account", a market, or null for all.</summary>
public sealed record TradingStateHistoryRequest(string? Scope, int Limit = 20);
