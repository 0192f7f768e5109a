using Ouroboros.Domain.Venues;
using BenchmarkDotNet.Attributes;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Instruments;
using Ouroboros.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Backtests;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Benchmarks;

/// <summary>
/// A whole backtest as <c>./ouroboros backtest --strategy playbook --data data/kr --venue krx --cash 10000000 --planner
/// rules --no-report</c> runs it: the CLI's wiring (<see cref="Composition.Build"/>, then <see cref="RunBacktest"/>) with the default options,
/// risk on (the standard engine, exit rules and the bundled VIX file), the journal and the playbook store in a SQLite
/// file in a temporary directory (so is the binary bar cache), the run saved. The HTML report is left out: with it the
/// service also replays the run once per risk rule that acted. The baseline is sma-cross over the same data with the
/// same request. Results are per run. The setup runs both once and checks the playbook run planned
/// <see cref="ExpectedPlaybooks"/> days.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(9)]
[InvocationCount(1)]
public class PlaybookBacktestBenchmark
{
    public const int ExpectedPlaybooks = 5_243;
    private string _temp = null!;
    private ServiceProvider _services = null!;
    private RunBacktest _service = null!;
    private BacktestRequest _playbook = null!;
    private BacktestRequest _smaCross = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = BrainBenchData.FindRoot();
        _temp = Path.Combine(Path.GetTempPath(), "ouroboros-bench-playbook-" + Environment.ProcessId);
        Directory.CreateDirectory(_temp);
        var options = OuroborosOptions.Defaults with
        {
            StoragePath = Path.Combine(_temp, "ouroboros.db"),
            CacheDirectory = Path.Combine(_temp, "cache"),
        };
        _services = Composition.Build(options, new SqliteStoreOptions { Path = options.StoragePath });
        _service = _services.GetRequiredService<RunBacktest>();
        _playbook = new BacktestRequest
        {
            Strategy = "playbook",
            Parameters = new Dictionary<string, string> { ["planner"] = "rules" },
            Data = [Path.Combine(root, "data", "kr")],
            Cash = 10_000_000m,
            Venue = Venue.Krx,
            Fill = FillPolicyParser.Parse(options.Fill),
            Sizing = SizingPolicy.Parse(options.Sizing),
            Risk = options.Risk,
            VixFile = Path.Combine(root, options.VixFile),
            BlackoutWindows = options.BlackoutWindows,
        };
        _smaCross = _playbook with { Strategy = "sma-cross", Parameters = new Dictionary<string, string>() };

        var playbook = _service.ExecuteAsync(_playbook).GetAwaiter().GetResult();
        var days = playbook.Brain?["playbook_days"] as int?;
        if (days != ExpectedPlaybooks) throw new InvalidOperationException($"the playbook run planned {days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} days, not {ExpectedPlaybooks}");
        var sma = _service.ExecuteAsync(_smaCross).GetAwaiter().GetResult();
        var bars = playbook.Data.Sum(d => d.Series.Count);
        Console.WriteLine($"// {bars} bars in {playbook.Data.Count} files; playbook: {days} playbooks, {playbook.Run.Fills.Count} fills, " +
            $"{playbook.Brain!["scenario_matches"]} scenario matches, {playbook.Run.RiskDecisions.Count} risk decisions; " +
            $"sma-cross: {sma.Run.Fills.Count} fills, {sma.Run.RiskDecisions.Count} risk decisions");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> SmaCross() => (await _service.ExecuteAsync(_smaCross).ConfigureAwait(false)).Run.Fills.Count;

    [Benchmark]
    public async Task<int> Playbook() => (await _service.ExecuteAsync(_playbook).ConfigureAwait(false)).Run.Fills.Count;
}
