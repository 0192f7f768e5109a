using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Ouroboros.Core.Journal;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Strategies;

namespace Ouroboros.Benchmarks.WholeRun.Journal;

/// <summary>
/// `ouroboros bench journal`: the W1 run (sma-cross 10/30 over the stitched 1M-bar series) stored in and read back from
/// a fresh SQLite journal, the equity curve as this build stores it (one columnar blob) against the same store with the
/// curve as rows (<see cref="RowPerPointCurve"/>, the version 8 format), alternating which goes first, in one process.
/// Save is <see cref="SqliteRunStore.SaveAsync"/> (plus the rows for "before"); open is
/// <see cref="SqliteRunStore.GetAsync"/>, what `runs show` and `runs show --json` (the stored report) call; growth is
/// the file's size after a checkpoint, before and after the save, per equity point.
/// </summary>
public sealed class JournalBench(int bars, int pairs, Action<string> log)
{
    private const int WarmupPairs = 2;

    public async Task<JournalReport> RunAsync(CancellationToken cancellationToken)
    {
        log($"W1 on {bars:N0} bars");
        var series = BenchData.Stitch(BenchData.LoadUs(), bars);
        var result = await SmaCrossWorkload.RunAsync(series, cancellationToken: cancellationToken).ConfigureAwait(false);
        var run = Record(result);
        log($"run: {run.Orders.Count:N0} orders, {run.Fills.Count:N0} fills, {run.Trades.Count:N0} trades, {run.Equity.Count:N0} equity points");
        var blob = new List<Sample>();
        var rows = new List<Sample>();
        for (var i = 0; i < WarmupPairs + pairs; i++)
        {
            var blobFirst = i % 2 == 0;
            var a = await MeasureAsync(run, blobFirst, cancellationToken).ConfigureAwait(false);
            var b = await MeasureAsync(run, !blobFirst, cancellationToken).ConfigureAwait(false);
            var (x, y) = blobFirst ? (a, b) : (b, a);
            log($"{(i < WarmupPairs ? "warm-up" : "pair")} {i + 1}: blob save {x.SaveMs:F0} ms ({x.SaveCpuMs:F0} CPU) open {x.OpenMs:F0} ms ({x.OpenCpuMs:F0} CPU); " +
                $"rows save {y.SaveMs:F0} ms ({y.SaveCpuMs:F0} CPU) open {y.OpenMs:F0} ms ({y.OpenCpuMs:F0} CPU)");
            if (i < WarmupPairs) continue;
            blob.Add(x);
            rows.Add(y);
        }

        return new JournalReport(bars, run.Orders.Count, run.Fills.Count, run.Trades.Count, run.Equity.Count, Figures.Of(blob), Figures.Of(rows),
            Summary.Of([.. blob.Zip(rows, (x, y) => x.SaveCpuMs / y.SaveCpuMs)]), Summary.Of([.. blob.Zip(rows, (x, y) => x.OpenCpuMs / y.OpenCpuMs)]),
            Environment.ProcessorCount, Load());
    }

    private static RunRecord Record(KernelResult result)
    {
        if (result.Equity.Count == 0) throw new BenchCorrectnessException("W1 made no equity curve");
        var summary = new RunSummary(new RunId("bench-journal"), "backtest", SmaCrossStrategy.StrategyName, "bench:w1", result.Equity[0].Time,
            result.Equity[0].Time, result.Equity[^1].Time, false, new Dictionary<string, double?> { ["total_return"] = 0.02 });
        return new RunRecord(summary, new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30" }, result.Orders, result.Fills, result.Trades,
            result.Equity, result.RiskDecisions, """{"bench":"journal"}""", result.RiskEvents);
    }

    private static async Task<Sample> MeasureAsync(RunRecord run, bool blob, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"ouroboros-journal-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "journal.db");
            var store = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System, ct).ConfigureAwait(false);
            if (!blob) RowPerPointCurve.CreateTable(path);
            var sizeBefore = CheckpointedSize(path);
            var id = run.Summary.Id;

            var cpu = Cpu();
            var save = Stopwatch.StartNew();
            await store.SaveAsync(blob ? run : run with { Equity = [] }, ct).ConfigureAwait(false);
            if (!blob) RowPerPointCurve.Write(path, id.Value, run.Equity);
            save.Stop();
            var saveCpu = Cpu() - cpu;
            var growth = CheckpointedSize(path) - sizeBefore;
            var curveBytes = blob ? BlobBytes(path) : 0;

            cpu = Cpu();
            var open = Stopwatch.StartNew();
            var loaded = await store.GetAsync(id, ct).ConfigureAwait(false) ?? throw new BenchCorrectnessException("the saved run is missing");
            var equity = blob ? loaded.Equity : RowPerPointCurve.Read(path, id.Value);
            open.Stop();
            var openCpu = Cpu() - cpu;

            if (equity.Count != run.Equity.Count || equity[^1] != run.Equity[^1] || loaded.Fills.Count != run.Fills.Count)
                throw new BenchCorrectnessException($"the {(blob ? "blob" : "rows")} journal gave back a different run");
            return new Sample(save.Elapsed.TotalMilliseconds, open.Elapsed.TotalMilliseconds, saveCpu, openCpu, (double)growth / run.Equity.Count,
                (double)curveBytes / run.Equity.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    // The main file's size once the write-ahead log is folded into it: what the journal grows by on disk.
    private static long CheckpointedSize(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }

        return new FileInfo(path).Length;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    // The whole process's CPU time (the store works on pool threads; the GC counts too): steadier than the wall clock on a busy machine.
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static long BlobBytes(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(length(data)), 0) FROM equity_series";
        return (long)command.ExecuteScalar()!;
    }

    internal readonly record struct Sample(double SaveMs, double OpenMs, double SaveCpuMs, double OpenCpuMs, double BytesPerPoint, double CurveBytesPerPoint);
}
