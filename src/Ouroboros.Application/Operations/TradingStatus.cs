namespace Ouroboros.Application.Operations;

/// <summary>Every scope's trading state and every risk limit, read from the journal at <see cref="Journal"/>.</summary>
public sealed record TradingStatus(IReadOnlyList<ScopeStatus> States, IReadOnlyList<LimitStatus> Limits, string Journal);
