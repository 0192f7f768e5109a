using BenchmarkDotNet.Attributes;
using Ouroboros.Domain.Bars;
using Ouroboros.Benchmarks.WholeRun;

namespace Ouroboros.Benchmarks;

/// <summary>
/// W1 on a 100,000-bar stitch of the bundled US ETFs: sma-cross 10/30, fixed 100 shares, 0.1% commission, no risk
/// gates, through BacktestRunner. Results are per bar (OperationsPerInvoke); the baseline sums the same closes.
/// </summary>
[MemoryDiagnoser]
public class SmaCrossBenchmark
{
    public const int Bars = 100_000;
    private BarSeries _series = null!;

    [GlobalSetup]
    public void Setup() => _series = BenchData.Stitch(BenchData.LoadUs(), Bars);

    [Benchmark(Baseline = true, OperationsPerInvoke = Bars)]
    public decimal SumCloses() => BenchRunner.SumDecimal(_series);

    [Benchmark(OperationsPerInvoke = Bars)]
    public async Task<int> SmaCross()
    {
        var result = await SmaCrossWorkload.RunAsync(_series).ConfigureAwait(false);
        return result.Fills.Count;
    }
}
