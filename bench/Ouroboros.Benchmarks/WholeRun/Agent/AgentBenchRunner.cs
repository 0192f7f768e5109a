using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Ouroboros.Backtest.Engine;
using Ouroboros.Core.Kernel;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>
/// <c>ouroboros bench agent</c>: the running agent (RunAgent → AgentRuntime over a real SQLite session journal) against
/// a plain backtest of the same prepared replay, in alternating pairs; persist-to-send latency from every measured
/// agent run beside the bare cost of a SQLite FULL commit on the same disk; and restarts after an in-process kill.
/// Only the runs are timed: data loading and preparation are outside the clock, as they are for the backtest.
/// </summary>
public sealed class AgentBenchRunner(AgentBenchSettings settings, Action<string>? log = null)
{
    private readonly List<double> _persistToSend = [];
    private readonly List<double> _preSendCommits = [];
    private readonly List<double> _otherCommits = [];
    private readonly List<double> _floor = [];
    private readonly List<double> _drains = [];

    public async Task<AgentReport> RunAsync(CancellationToken ct = default)
    {
        var root = settings.ResolveRepoRoot();
        var loadBefore = Load();
        var from = await CutAsync(root, ct).ConfigureAwait(false);
        Log($"replaying data/kr from {from:yyyy-MM-dd} (the last {settings.Days} trading days, all 10 instruments trading); load {loadBefore}");
        var throughput = new List<AgentThroughput>();
        foreach (var strategy in settings.Strategies) throughput.Add(await ThroughputAsync(root, strategy, from, ct).ConfigureAwait(false));
        var restarts = new List<AgentRestart>();
        foreach (var n in settings.KillAfterSlices) restarts.Add(await RestartAsync(root, settings.RestartStrategy, from, n, ct).ConfigureAwait(false));
        return new AgentReport(settings.IsQuick, BenchRunner.MachineInfo(), loadBefore, Load(), throughput, Latency.Of(_persistToSend),
            Latency.Of(_preSendCommits), Latency.Of(_otherCommits), Latency.Of(_floor), Latency.Of(_drains), restarts);
    }

    private async Task<AgentThroughput> ThroughputAsync(string root, string strategy, DateTimeOffset from, CancellationToken ct)
    {
        var reference = await BacktestAsync(root, strategy, from, ct).ConfigureAwait(false);
        var agentReference = await AgentAsync(root, strategy, from, record: false, ct).ConfigureAwait(false);
        var r = reference.Result;
        var parity = agentReference.Orders == r.Orders.Count && agentReference.Fills == r.Fills.Count && agentReference.FinalEquity == r.FinalEquity;
        var (bars, slices) = (reference.Bars, reference.Slices);
        if (agentReference.Slices != slices)
            throw new BenchCorrectnessException($"{strategy}: the agent replayed {agentReference.Slices} slices of the {slices} in its data.");
        Log($"{strategy}: {slices} slices, {bars:N0} bars; backtest {r.Orders.Count} orders / {r.Fills.Count} fills, agent {agentReference.Orders} / {agentReference.Fills} (parity {parity})");
        for (var i = 0; i < settings.WarmupPairs; i++)
        {
            await BacktestAsync(root, strategy, from, ct).ConfigureAwait(false);
            await AgentAsync(root, strategy, from, record: false, ct).ConfigureAwait(false);
        }
        var agentMs = new List<double>();
        var backtestMs = new List<double>();
        var ratios = new List<double>();
        var flushes = 0;
        for (var i = 0; i < settings.Pairs; i++)
        {
            // Alternate which goes first, so that neither always inherits the other's garbage or dirty pages.
            (double Ms, AgentRun Run) agent;
            double backtest;
            if (i % 2 == 0)
            {
                agent = await TimedAgentAsync().ConfigureAwait(false);
                backtest = await TimedBacktestAsync().ConfigureAwait(false);
            }
            else
            {
                backtest = await TimedBacktestAsync().ConfigureAwait(false);
                agent = await TimedAgentAsync().ConfigureAwait(false);
            }
            agentMs.Add(agent.Ms);
            backtestMs.Add(backtest);
            ratios.Add(agent.Ms / backtest);
            flushes = agent.Run.Flushes;
            FsyncFloor();
            Log($"{strategy} pair {i + 1}/{settings.Pairs}: agent {agent.Ms:0} ms, backtest {backtest:0.0} ms, ratio {ratios[^1]:0.0}");
        }
        double PerSecond(double count, double ms) => count / (ms / 1e3);
        return new AgentThroughput(strategy, slices, bars, agentReference.Orders, agentReference.Fills, flushes, parity,
            Summary.Of(agentMs), Summary.Of(backtestMs), Summary.Of([.. agentMs.Select(x => PerSecond(bars, x))]),
            Summary.Of([.. agentMs.Select(x => PerSecond(slices, x))]), Summary.Of([.. backtestMs.Select(x => PerSecond(bars, x))]),
            Summary.Of(ratios));

        async Task<(double, AgentRun)> TimedAgentAsync()
        {
            var run = await AgentAsync(root, strategy, from, record: true, ct).ConfigureAwait(false);
            if (run with { Ms = 0, Flushes = 0 } != agentReference with { Ms = 0, Flushes = 0 })
                throw new BenchCorrectnessException($"{strategy} agent: run gave {run}, the reference run gave {agentReference}.");
            return (run.Ms, run);
        }

        async Task<double> TimedBacktestAsync()
        {
            var run = await BacktestAsync(root, strategy, from, ct).ConfigureAwait(false);
            if (RunFingerprint.Of(run.Result) != RunFingerprint.Of(reference.Result))
                throw new BenchCorrectnessException($"{strategy} backtest: run gave {RunFingerprint.Of(run.Result)}, the reference {RunFingerprint.Of(reference.Result)}.");
            return run.Ms;
        }
    }

    /// <summary>One whole agent session on a fresh journal; only <c>AgentLaunch.RunAsync</c> is timed.</summary>
    private async Task<AgentRun> AgentAsync(string root, string strategy, DateTimeOffset from, bool record, CancellationToken ct)
    {
        await using var host = new AgentBenchHost(root);
        var probe = new SendLatencyProbe();
        var launch = await host.RunAgent(probe).PrepareAsync(host.Request(strategy, from), ct).ConfigureAwait(false);
        Collect();
        var (summary, ms, drainMs) = await host.RunAsync(launch, ct).ConfigureAwait(false);
        if (record)
        {
            _persistToSend.AddRange(probe.PersistToSendMs);
            _preSendCommits.AddRange(probe.PreSendCommitMs);
            _otherCommits.AddRange(probe.OtherCommitMs);
            _drains.Add(drainMs);
        }
        return new AgentRun(summary.Slices, summary.Orders, summary.Fills, summary.FinalEquity, probe.PreSendCommitMs.Count + probe.OtherCommitMs.Count, ms);
    }

    /// <summary>The same prepared replay (liveRisk as the agent prepares it) as a plain backtest; only the run is timed.</summary>
    private static async Task<(KernelResult Result, double Ms, long Bars, long Slices)> BacktestAsync(string root, string strategy, DateTimeOffset from, CancellationToken ct)
    {
        await using var host = new AgentBenchHost(root);
        var prepared = await host.Preparation.PrepareAsync(host.Request(strategy, from).Run, liveRisk: true, ct).ConfigureAwait(false);
        Collect();
        var start = Stopwatch.GetTimestamp();
        var result = await BacktestRunner.RunAsync(prepared.Spec, null, ct).ConfigureAwait(false);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        // Every bar loaded is replayed (warm-up bars included: the strategy sees them, nothing trades on them).
        var series = prepared.Spec.Series;
        return (result, ms, series.Sum(x => (long)x.Count), series.SelectMany(x => x.Bars.ToArray().Select(b => b.Time)).Distinct().LongCount());
    }

    private async Task<AgentRestart> RestartAsync(string root, string strategy, DateTimeOffset from, int killAfter, CancellationToken ct)
    {
        var toTrading = new List<double>();
        var wall = new List<double>();
        var resumed = new List<long>();
        for (var i = 0; i < settings.RestartRepeats; i++)
        {
            await using var host = new AgentBenchHost(root);
            var crashing = await host.RunAgent(new SendLatencyProbe(killAfter)).PrepareAsync(host.Request(strategy, from), ct).ConfigureAwait(false);
            try
            {
                await host.RunAsync(crashing, ct).ConfigureAwait(false);
                throw new BenchCorrectnessException($"the session was not killed after {killAfter} slices");
            }
            catch (Exception e) when (IsBenchCrash(e))
            {
                // The kill: nothing after the checkpoint ran.
            }
            // The n-th checkpoint hit is not slice n (warm-up slices have no checkpoint), and the killed kernel may still
            // close a slice after the throw: the restart's own count of recovered slices is the figure's N.
            var done = (await crashing.Journal.LastCheckpointAsync(ct).ConfigureAwait(false))?.SlicesDone
                ?? throw new BenchCorrectnessException($"no checkpoint after the kill at hit {killAfter}");
            Collect();
            var start = Stopwatch.GetTimestamp();
            // Daily bars: one slice a trading day, so this session stops within two slices of the checkpoint.
            var launch = await host.RunAgent(new SendLatencyProbe()).PrepareAsync(host.Request(strategy, from, days: (int)done + 2), ct).ConfigureAwait(false);
            var (summary, _, _) = await host.RunAsync(launch, ct).ConfigureAwait(false);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (summary.SlicesRecovered < done || summary.Slices <= summary.SlicesRecovered || summary.RestartToTrading is not { } rtt)
                throw new BenchCorrectnessException($"restart after checkpoint {done}: recovered {summary.SlicesRecovered}, slices {summary.Slices}, restart_to_trading {summary.RestartToTrading}");
            resumed.Add(summary.SlicesRecovered);
            toTrading.Add(rtt.TotalMilliseconds);
            Log($"restart after {summary.SlicesRecovered} slices {i + 1}/{settings.RestartRepeats}: restart-to-trading {toTrading[^1]:0} ms, wall {wall[^1]:0} ms");
        }
        // The throw stops the kernel, not the feed at once: a slice may close after it, so the checkpoint differs by one now and then.
        return new AgentRestart(strategy, killAfter, Summary.Of([.. resumed.Select(x => (double)x)]), Summary.Of(toTrading), Summary.Of(wall));
    }

    /// <summary>The floor: one-row transactions on a WAL database with synchronous=FULL, as the session journal commits.</summary>
    private void FsyncFloor()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ouroboros-fsync-floor-{Guid.NewGuid():N}.db");
        try
        {
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);");
                for (var i = 0; i < settings.FloorCommitsPerPair; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    using (var tx = connection.BeginTransaction())
                    {
                        using var insert = connection.CreateCommand();
                        insert.Transaction = tx;
                        insert.CommandText = "INSERT INTO t (v) VALUES ('order snapshot')";
                        insert.ExecuteNonQuery();
                        tx.Commit();
                    }
                    _floor.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first of the last <see cref="AgentBenchSettings.Days"/> trading days of data/kr (the replay starts there; the playbook warms up on the bars before).</summary>
    private async Task<DateTimeOffset> CutAsync(string root, CancellationToken ct)
    {
        await using var host = new AgentBenchHost(root);
        var prepared = await host.Preparation.PrepareAsync(host.Request("sma-cross", null).Run, liveRisk: true, ct).ConfigureAwait(false);
        var times = prepared.Spec.Series.SelectMany(s => s.Bars.ToArray().Select(b => b.Time)).Distinct().Order().ToArray();
        if (times.Length < settings.Days) throw new BenchCorrectnessException($"data/kr has {times.Length} trading days, fewer than {settings.Days}");
        return times[^settings.Days];
    }

    private static bool IsBenchCrash(Exception e) => e is BenchCrashException || (e.InnerException is { } inner && IsBenchCrash(inner))
        || (e is AggregateException a && a.InnerExceptions.Any(IsBenchCrash));

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Load averages and, where the kernel reports it, the share of time runnable tasks waited for a CPU (PSI, last 60 s).</summary>
    private static string Load()
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        const string psi = "/proc/pressure/cpu";
        var some = File.Exists(psi) ? File.ReadLines(psi).First().Split(' ').FirstOrDefault(f => f.StartsWith("avg60=", StringComparison.Ordinal)) : null;
        return some is null ? load : $"{load} (cpu waiting {some[6..]}%)";
    }

    private void Log(string message) => log?.Invoke(message);

    private sealed record AgentRun(long Slices, int Orders, int Fills, decimal FinalEquity, int Flushes, double Ms);
}
