namespace Ouroboros.Strategies.Tests.SmaCross;

/// <summary>A naive, independent statement of the sma-cross rules, to compare the streaming strategy against.</summary>
internal static class SmaOracle
{
    public static double? Sma(IReadOnlyList<decimal> closes, int end, int period)
    {
        if (end + 1 < period) return null;
        var sum = 0m;
        for (var i = end - period + 1; i <= end; i++) sum += closes[i];
        return (double)(sum / period);
    }

    /// <summary>Indices of bars where fast crosses above (+1) or below (−1) slow, both ready on this and the previous bar.</summary>
    public static List<(int Index, int Direction)> Crosses(IReadOnlyList<decimal> closes, int fast, int slow)
    {
        var crosses = new List<(int, int)>();
        for (var t = 1; t < closes.Count; t++)
        {
            if (Sma(closes, t - 1, slow) is not { } ps || Sma(closes, t, slow) is not { } s) continue;
            var pf = Sma(closes, t - 1, fast)!.Value;
            var f = Sma(closes, t, fast)!.Value;
            if (pf <= ps && f > s) crosses.Add((t, 1));
            else if (pf >= ps && f < s) crosses.Add((t, -1));
        }
        return crosses;
    }
}
