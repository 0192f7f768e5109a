using Ouroboros.Benchmarks.WholeRun;
using Ouroboros.TestKit;

namespace Ouroboros.Benchmarks.Tests;

/// <summary>
/// The --quick workloads, run once for all of <see cref="QuickBenchTests"/>. The warm-up minimums are dropped: they
/// only make timings trustworthy, and the tests never look at timings.
/// </summary>
public sealed class QuickBenchFixture : IAsyncLifetime
{
    public BenchSettings Settings { get; } = BenchSettings.Quick with
    {
        DataDirectory = Path.Combine(RepoPaths.Root, "data", "us"),
        MinWarmupSeconds = 0,
        IndicatorMinWarmupSeconds = 0,
        MaxWarmupSeconds = 0,
    };

    public BenchReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await new BenchRunner(Settings).RunAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
