using Ouroboros.Core.Kernel;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>What a timed run must reproduce exactly for its timing to count.</summary>
public sealed record RunFingerprint(long Bars, int TimeSlices, int Orders, int Fills, int ClosedTrades, decimal FinalEquity, decimal FinalCash)
{
    public static RunFingerprint Of(KernelResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.BarsProcessed, result.TimeSlices, result.Orders.Count, result.Fills.Count, result.Trades.Count, result.FinalEquity, result.FinalCash);
    }
}
