using System.Text.Json.Nodes;
using Ouroboros.Benchmarks.WholeRun.Journal;

namespace Ouroboros.Benchmarks.Tests;

/// <summary>
/// `ouroboros bench journal` must measure the right thing: the same W1 run stored both ways and read back whole (the bench
/// stops otherwise), with the blob journal's curve far smaller than the rows'. Timings are never asserted.
/// </summary>
public sealed class JournalBenchTests
{
    [Fact]
    public async Task The_journal_bench_stores_and_reopens_the_same_run_both_ways_and_the_blob_curve_is_far_smaller()
    {
        var report = await new JournalBench(bars: 20_000, pairs: 1, _ => { }).RunAsync(CancellationToken.None);

        report.EquityPoints.ShouldBe(20_000);
        report.Fills.ShouldBeGreaterThan(0, "W1 must exercise the order rows");
        report.Blob.SaveMs.Runs.ShouldBe(1);
        report.Blob.CurveBytesPerPoint.Median.ShouldBeGreaterThan(0);
        report.Blob.CurveBytesPerPoint.Median.ShouldBeLessThan(12);
        report.Rows.BytesPerPoint.Median.ShouldBeGreaterThan(report.Blob.BytesPerPoint.Median + 40, "a row per point costs tens of bytes");
        var json = JsonNode.Parse(report.Json())!.AsObject();
        foreach (var key in new[] { "save_ms", "open_ms", "save_cpu_ms", "bytes_per_point", "curve_bytes_per_point" })
            json["blob"]![key].ShouldNotBeNull(key);
        json["save_ratio"].ShouldNotBeNull();
    }
}
