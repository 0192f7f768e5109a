namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Buy-and-hold of the benchmark over the run: bought at the first close at or after the first equity time,
/// held to the last close at or before the last equity time. No fees.
/// </summary>
/// <param name="ExcessReturn">Strategy total return − benchmark total return (null when either is undefined).</param>
public sealed record BenchmarkStatistics(
    string Symbol,
    DateTimeOffset Start,
    DateTimeOffset End,
    decimal StartPrice,
    decimal EndPrice,
    double TotalReturn,
    double? Cagr,
    double MaxDrawdown,
    double? Sharpe,
    double? ExcessReturn);
