namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Streaming moments of per-period returns (Welford's algorithm): mean, sample standard deviation and downside
/// deviation, in one pass with no allocation.
/// </summary>
internal struct ReturnAccumulator
{
    /// <summary>Below this per-period standard deviation the curve is treated as having no variance.</summary>
    private const double ZeroVariance = 1e-12;

    private long _count;
    private double _mean;
    private double _m2;
    private double _downsideSquares;

    public void Add(double periodReturn)
    {
        _count++;
        var delta = periodReturn - _mean;
        _mean += delta / _count;
        _m2 += delta * (periodReturn - _mean);
        if (periodReturn < 0) _downsideSquares += periodReturn * periodReturn;
    }

    public readonly long Count => _count;

    public readonly double? Mean => _count == 0 ? null : _mean;

    /// <summary>Sample standard deviation (n − 1); null with fewer than two returns.</summary>
    public readonly double? StdDev => _count < 2 ? null : Math.Sqrt(Math.Max(_m2, 0) / (_count - 1));

    /// <summary>sqrt(Σ min(r, 0)² / n) over all n periods (target return 0).</summary>
    public readonly double? DownsideDeviation => _count == 0 ? null : Math.Sqrt(_downsideSquares / _count);

    public readonly double? Volatility(double periodsPerYear) => StdDev is { } sd ? Finite(sd * Math.Sqrt(periodsPerYear)) : null;

    public readonly double? Sharpe(double periodsPerYear) =>
        StdDev is { } sd && sd >= ZeroVariance ? Finite(_mean / sd * Math.Sqrt(periodsPerYear)) : null;

    public readonly double? Sortino(double periodsPerYear) =>
        _count >= 2 && DownsideDeviation is { } dd && dd >= ZeroVariance ? Finite(_mean / dd * Math.Sqrt(periodsPerYear)) : null;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
