namespace Ouroboros.Domain.Portfolio;

/// <summary>Account value at the end of one time slice, marked at the last known prices.</summary>
public readonly record struct EquityPoint(DateTimeOffset Time, decimal Equity, decimal Cash);
