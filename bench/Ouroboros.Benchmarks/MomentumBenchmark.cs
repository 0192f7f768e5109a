using BenchmarkDotNet.Attributes;
using Ouroboros.Domain.Bars;
using Ouroboros.Benchmarks.WholeRun;

namespace Ouroboros.Benchmarks;

/// <summary>W2: the momentum strategy (top 50, monthly) over 500 synthetic instruments × 2,500 daily bars, one whole run per operation.</summary>
[MemoryDiagnoser]
public class MomentumBenchmark
{
    private IReadOnlyList<BarSeries> _universe = null!;

    [GlobalSetup]
    public void Setup() => _universe = SyntheticUniverse.Create(BenchSettings.Full.W2Instruments, BenchSettings.Full.W2Bars, BenchSettings.Full.Seed);

    [Benchmark]
    public async Task<int> Momentum()
    {
        var result = await MomentumWorkload.RunAsync(_universe, BenchSettings.Full.W2Top).ConfigureAwait(false);
        return result.Fills.Count;
    }
}
