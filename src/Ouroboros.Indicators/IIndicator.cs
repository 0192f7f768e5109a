using Ouroboros.Domain.Bars;

namespace Ouroboros.Indicators;

/// <summary>
/// A streaming indicator driven one bar at a time, so that the engine, the CLI and strategies can treat every
/// indicator alike. Price-only indicators read the bar's close.
/// </summary>
public interface IIndicator
{
    /// <summary>The normalised spec text, e.g. <c>sma:30</c> or <c>bb:20,2</c>; it parses back to the same indicator.</summary>
    string Name { get; }

    /// <summary>Line names in line-index order; single-line indicators have one line called <c>value</c>.</summary>
    IReadOnlyList<string> LineNames { get; }

    int LineCount { get; }

    /// <summary>Number of bars after which <see cref="IsReady"/> becomes true (every line has been produced once).</summary>
    int WarmupPeriod { get; }

    /// <summary>True once warm-up is over. A line can still be undefined afterwards (e.g. CCI on a flat window).</summary>
    bool IsReady { get; }

    void Update(in Bar bar);

    /// <summary>False while the line is in warm-up or undefined; never yields NaN.</summary>
    bool TryGetLine(int line, out double value);

    /// <summary>Returns to the freshly constructed state without allocating.</summary>
    void Reset();
}
