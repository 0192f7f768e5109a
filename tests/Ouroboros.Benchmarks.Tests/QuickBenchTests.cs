using Ouroboros.Domain.Venues;
using System.Text.Json.Nodes;
using Ouroboros.Domain.Bars;
using Ouroboros.Benchmarks.WholeRun;
using Ouroboros.TestKit;

namespace Ouroboros.Benchmarks.Tests;

/// <summary>
/// The `ouroboros bench --quick` workloads must compute the right thing; their timings are never asserted (they belong
/// in docs/performance.md). Each timed run is also checked against a reference run inside the bench itself.
/// </summary>
public sealed class QuickBenchTests(QuickBenchFixture bench) : IClassFixture<QuickBenchFixture>
{
    [Fact]
    public void Quick_bench_runs_every_workload_and_w1_fills_every_sma_crossover()
    {
        var settings = bench.Settings;
        var report = bench.Report;

        var series = BenchData.Stitch(BenchData.LoadUs(settings.DataDirectory), settings.W1Bars);
        var (orders, fills, closed) = CountCrossovers(series.Bars, SmaCrossWorkload.Fast, SmaCrossWorkload.Slow);
        report.W1.Result.Bars.ShouldBe(settings.W1Bars);
        report.W1.Result.Orders.ShouldBe(orders);
        report.W1.Result.Fills.ShouldBe(fills);
        report.W1.Result.ClosedTrades.ShouldBe(closed);

        report.W2.BarEvents.ShouldBe((long)settings.W2Instruments * settings.W2Bars);
        report.W2.Result.Bars.ShouldBe(report.W2.BarEvents);
        report.W2.Result.TimeSlices.ShouldBe(settings.W2Bars, "the synthetic universe is aligned: one slice per day");
        report.W2.Result.Fills.ShouldBeGreaterThan(0);

        report.Indicators.Select(i => i.Spec).ShouldBe(IndicatorWorkload.Specs);
        report.W1.NsPerBar.Runs.ShouldBe(settings.MeasuredRuns);
    }

    [Fact]
    public void W5_runs_the_same_backtest_with_and_without_the_house_rules_and_most_risk_on_orders_are_approved()
    {
        var settings = bench.Settings;
        var w5 = bench.Report.W5;

        w5.BarEvents.ShouldBe((long)settings.W5Instruments * settings.W5Bars);
        foreach (var run in new[] { w5.Off, w5.On })
        {
            run.Run.Bars.ShouldBe(w5.BarEvents);
            run.Run.TimeSlices.ShouldBe(settings.W5Bars, "the synthetic universe is aligned: one slice per day");
            run.Decisions.ShouldBe(run.Run.Orders, "every order gets a journaled verdict");
        }

        // Without risk nothing is denied or exited, and no intent is lost for cash: every SMA crossover is an order.
        w5.Off.Denials.ShouldBe(0);
        w5.Off.ExitSignals.ShouldBe(0);
        w5.Off.SkippedIntents.ShouldBe(0);
        var universe = KrxSyntheticUniverse.Create(settings.W5Instruments, settings.W5Bars, settings.Seed);
        var crossovers = universe.Select(s => CountCrossovers(s.Bars, SmaCrossWorkload.Fast, SmaCrossWorkload.Slow, wholePrices: true)).ToArray();
        w5.Off.Run.Orders.ShouldBe(crossovers.Sum(c => c.Orders));
        w5.Off.Run.Fills.ShouldBe(crossovers.Sum(c => c.Fills));

        // With risk the exit rules fire and some entries are denied, but the runs stay comparable.
        w5.On.ExitSignals.ShouldBeGreaterThan(0);
        w5.On.Denials.ShouldBeLessThan(w5.On.Decisions / 10, $"most orders must be approved; denied by {w5.On.DeniedByGate}");
        w5.On.DeniedByGate.ShouldNotContain("vix_halt", Case.Sensitive, "the synthetic VIX stays at 15");
        w5.RatioPerPair.Runs.ShouldBe(settings.W5Pairs);
    }

    [Fact]
    public void Synthetic_krx_universe_is_deterministic_on_the_tick_grid_and_covered_by_the_calm_vix()
    {
        var a = KrxSyntheticUniverse.Create(3, 2_000, 7);
        var b = KrxSyntheticUniverse.Create(3, 2_000, 7);
        for (var k = 0; k < a.Count; k++)
        {
            a[k].Instrument.Venue.ShouldBe(Domain.Venues.Venue.Krx);
            a[k].Bars.SequenceEqual(b[k].Bars).ShouldBeTrue();
            foreach (ref readonly var bar in a[k].Bars)
            {
                bar.Validate().ShouldBeNull();
                foreach (var price in new[] { bar.Open, bar.High, bar.Low, bar.Close })
                    a[k].Instrument.TickSize.IsOnGrid(price).ShouldBeTrue($"{price} is off the KRX tick grid");
            }
        }

        var vix = RiskOverheadWorkload.RiskEnvironmentFor(a).Vix.ShouldNotBeNull();
        foreach (ref readonly var bar in a[0].Bars)
        {
            vix.TryGetAsOf(bar.Time, out var availableAt, out var level).ShouldBeTrue();
            level.ShouldBe(RiskOverheadWorkload.VixLevel);
            (bar.Time - availableAt).ShouldBeLessThan(TimeSpan.FromDays(1));
        }
    }

    [Fact]
    public void Quick_bench_json_has_the_documented_keys()
    {
        var json = JsonNode.Parse(BenchReportJson.Write(bench.Report))!.AsObject();

        foreach (var key in new[] { "bars_per_second", "ns_per_bar", "bytes_per_bar", "peak_mb" })
            json["w1"]![key].ShouldNotBeNull(key);
        foreach (var key in new[] { "ms", "bar_events_per_second" })
            json["w2"]![key].ShouldNotBeNull(key);
        foreach (var spec in IndicatorWorkload.Specs)
            json["indicators"]![spec].ShouldNotBeNull(spec);
        json["baseline"]!["ns_per_bar"].ShouldNotBeNull();
        foreach (var key in new[] { "off_ms", "on_ms", "ratio", "ratio_of_medians", "on_bar_events_per_second", "off", "on" })
            json["w5"]![key].ShouldNotBeNull(key);
        json["w5"]!["on"]!["denials"].ShouldNotBeNull();
        json["quick"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public void Synthetic_universe_is_deterministic_and_consistent()
    {
        var a = SyntheticUniverse.Create(3, 300, 7);
        var b = SyntheticUniverse.Create(3, 300, 7);
        for (var k = 0; k < a.Count; k++)
        {
            a[k].Bars.SequenceEqual(b[k].Bars).ShouldBeTrue();
            foreach (ref readonly var bar in a[k].Bars) bar.Validate().ShouldBeNull();
        }
    }

    /// <summary>
    /// An independent model of sma-cross with next-open fills: exact decimal window sums (fast &gt; slow ⇔
    /// slow·sum(fast window) &gt; fast·sum(slow window)), a buy on an up-cross when flat and a sale on a down-cross
    /// when long, each filled at the next bar's open (an order on the last bar never fills).
    /// </summary>
    private static (int Orders, int Fills, int Closed) CountCrossovers(ReadOnlySpan<Bar> bars, int fast, int slow, bool wholePrices = false)
    {
        var orders = 0;
        var fills = 0;
        var closed = 0;
        var longPosition = false;
        int? previous = null;
        for (var t = slow - 1; t < bars.Length; t++)
        {
            var comparison = Compare(bars, t, fast, slow, wholePrices);
            var last = t == bars.Length - 1;
            if (previous is { } p)
            {
                if (p <= 0 && comparison > 0 && !longPosition)
                {
                    orders++;
                    if (!last) fills++;
                    longPosition = true;
                }
                else if (p >= 0 && comparison < 0 && longPosition)
                {
                    orders++;
                    if (!last) (fills, closed) = (fills + 1, closed + 1);
                    longPosition = false;
                }
            }
            previous = comparison;
        }
        return (orders, fills, closed);
    }

    private static int Compare(ReadOnlySpan<Bar> bars, int t, int fast, int slow, bool wholePrices)
    {
        decimal fastSum = 0, slowSum = 0;
        for (var i = t - slow + 1; i <= t; i++)
        {
            slowSum += bars[i].Close;
            if (i > t - fast) fastSum += bars[i].Close;
        }
        var difference = (slow * fastSum) - (fast * slowSum);
        // Whole-won prices (W5's KRX universe) tie now and then. Their window sums are exact in double, and the engine's
        // averages are sum × (1/period), so a tie goes the way those two doubles compare.
        if (difference == 0 && wholePrices) return ((double)fastSum * (1.0 / fast)).CompareTo((double)slowSum * (1.0 / slow));
        // Sums that tie exactly can round either way in the engine's double arithmetic; the data must not have any.
        difference.ShouldNotBe(0m, $"exact SMA tie at bar {t}: the crossover count would depend on rounding");
        return Math.Sign(difference);
    }
}
