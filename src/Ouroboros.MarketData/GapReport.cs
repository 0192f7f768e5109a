using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>The holes found in a series. Gaps are only reported, never filled.</summary>
public sealed class GapReport
{
    public GapReport(BarInterval interval, bool aroundTheClock, IReadOnlyList<Gap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        Interval = interval;
        AroundTheClock = aroundTheClock;
        Gaps = gaps;
        MissingBars = gaps.Sum(g => g.MissingBars);
    }

    public static GapReport None(BarInterval interval, bool aroundTheClock) => new(interval, aroundTheClock, []);

    public BarInterval Interval { get; }

    /// <summary>True when the series was judged to trade 24/7, so every missing bar counts.</summary>
    public bool AroundTheClock { get; }

    public IReadOnlyList<Gap> Gaps { get; }
    public int Count => Gaps.Count;
    public long MissingBars { get; }
    public bool IsEmpty => Gaps.Count == 0;

    public override string ToString() => $"{Count} gap{(Count == 1 ? "" : "s")}, {MissingBars} missing bar{(MissingBars == 1 ? "" : "s")}";
}
