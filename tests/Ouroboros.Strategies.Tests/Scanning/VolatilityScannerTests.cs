using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Bars;
using Ouroboros.Strategies.Scanning;
using static Ouroboros.Strategies.Tests.Scanning.ScanHistories;

namespace Ouroboros.Strategies.Tests.Scanning;

public sealed class VolatilityScannerTests
{
    [Fact]
    public void The_biggest_mover_ranks_first()
    {
        var scan = new VolatilityScanner().Scan(
        [
            History("AAA", QuietThenMove(40, 0.5m), volume: 3_000m),
            History("BIG", QuietThenMove(40, -7m), volume: 1_000m),
            History("CCC", QuietThenMove(40, 1.0m), volume: 5_000m),
        ]);

        scan.Picks.Select(p => p.Instrument.Value).ShouldBe(["CSV:BIG", "CSV:CCC", "CSV:AAA"]);
        var big = scan.Picks[0];
        big.ChangePct.ShouldBe(-7, 1e-3);
        big.Score.ShouldBe(Math.Max(7, big.RangePct) + 0, 1e-9, "the least liquid of three gets no bonus");
        big.VolumeRank.ShouldBe(3);
        big.Rank.ShouldBe(1);
        scan.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public void The_liquidity_bonus_breaks_a_near_tie()
    {
        var thin = History("AAA", QuietThenMove(40, 2.1m), volume: 100m);
        var liquid = History("ZZZ", QuietThenMove(40, 2.0m), volume: 90_000m);

        var withBonus = new VolatilityScanner().Scan([thin, liquid]);
        var withoutBonus = new VolatilityScanner(new VolatilityScannerOptions { LiquidityBonus = 0 }).Scan([thin, liquid]);

        withBonus.Picks[0].Instrument.Value.ShouldBe("CSV:ZZZ");
        withBonus.Picks[0].VolumeRank.ShouldBe(1);
        withBonus.Picks[0].Score.ShouldBe(withBonus.Picks[0].RangePct + 1.0, 1e-9);
        withoutBonus.Picks[0].Instrument.Value.ShouldBe("CSV:AAA");
    }

    [Fact]
    public void Exact_ties_go_to_the_smaller_instrument_id_whatever_the_input_order()
    {
        var closes = QuietThenMove(40, 3m);
        InstrumentHistory[] histories = [History("BBB", closes), History("AAA", closes), History("CCC", closes)];

        var forward = new VolatilityScanner(new VolatilityScannerOptions { LiquidityBonus = 0 }).Scan(histories);
        var backward = new VolatilityScanner(new VolatilityScannerOptions { LiquidityBonus = 0 }).Scan(histories.Reverse());

        forward.Picks.Select(p => p.Instrument.Value).ShouldBe(["CSV:AAA", "CSV:BBB", "CSV:CCC"]);
        backward.Picks.ShouldBe(forward.Picks);
    }

    [Fact]
    public void Instruments_without_the_data_they_need_are_excluded_with_a_reason_and_never_scored()
    {
        var good = QuietThenMove(40, 1m);
        var badBars = Bars(good);
        badBars[30] = badBars[30] with { Low = badBars[30].Close * 2 };
        var stale = Bars(good, start: Start.AddDays(-30));

        var scan = new VolatilityScanner().Scan(
        [
            History("GOOD", good),
            History("EMPTY", Array.Empty<Bar>()),
            History("SHORT", QuietThenMove(12, 9m)),
            History("NOVOL", QuietThenMove(40, 9m), volume: 0m),
            History("BROKEN", badBars),
            History("STALE", stale),
        ]);

        scan.Scored.Select(p => p.Instrument.Value).ShouldBe(["CSV:GOOD"]);
        var reasons = scan.Excluded.ToDictionary(e => e.Instrument.Value, e => e.Reason);
        reasons["CSV:EMPTY"].ShouldBe("no bars");
        reasons["CSV:SHORT"].ShouldBe("too few bars: 12 < 21");
        reasons["CSV:NOVOL"].ShouldStartWith("zero volume");
        reasons["CSV:BROKEN"].ShouldStartWith("invalid bar 2021-02-03: low");
        reasons["CSV:STALE"].ShouldStartWith("stale: last bar 2021-01-13");
        scan.Describe().ShouldContain("excluded CSV:SHORT: too few bars: 12 < 21");
    }

    [Fact]
    public void No_instrument_with_missing_data_is_ever_scored_as_zero()
    {
        // Any history shorter than MinBars must be excluded, however it moves; what is scored has real figures.
        var cases = from count in Gen.Choose(0, 60) from seed in Gen.Choose(0, 10_000) select (Count: count, Seed: seed);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var random = new Random(c.Seed);
                var closes = Enumerable.Range(0, c.Count).Select(_ => 50m + random.Next(0, 1000) / 10m).ToArray();
                var scan = new VolatilityScanner().Scan([History("X", closes, volume: random.Next(0, 3) * 100m)]);
                var scored = scan.Scored.Count == 1;
                (scored ^ (scan.Excluded.Count == 1)).ShouldBeTrue();
                if (c.Count < 21) scored.ShouldBeFalse();
                if (scored)
                {
                    double.IsFinite(scan.Scored[0].Score).ShouldBeTrue();
                    scan.Scored[0].Score.ShouldBeGreaterThan(0);
                }
                else scan.Excluded[0].Reason.ShouldNotBeNullOrWhiteSpace();
            }));
    }

    [Fact]
    public void Signals_name_the_state_of_the_last_bar()
    {
        var scanner = new VolatilityScanner(new VolatilityScannerOptions { TopN = 10 });
        var closes = Steps(60, 2m, -1m);
        var lastAbove = closes.ToArray();
        lastAbove[^1] = closes.Max() * 1.03m;
        var scan = scanner.Scan(
        [
            History("UP", Steps(61, 2m, -1m)),
            History("DOWN", Steps(61, -2m, 1m)),
            History("CRASH", Steps(60, -3m)),
            History("BREAK", lastAbove),
        ]);

        var signal = scan.Scored.ToDictionary(p => p.Instrument.Value, p => p.Signal);
        signal["CSV:BREAK"].ShouldBe(ScanSignals.Breakout);
        signal["CSV:CRASH"].ShouldBe(ScanSignals.Breakdown);
        signal["CSV:DOWN"].ShouldBe(ScanSignals.TrendDown);
        signal["CSV:UP"].ShouldBe(ScanSignals.TrendUp);
        scan.Describe().ShouldContain("volatility scan: 4 of 4 scored picked, 0 excluded");
    }

    [Fact]
    public void Bad_options_are_refused_with_every_problem()
    {
        var e = Should.Throw<ArgumentException>(() => new VolatilityScanner(new VolatilityScannerOptions { TopN = 0, MinBars = 5 }));
        e.Message.ShouldContain("TopN must be at least 1");
        e.Message.ShouldContain("MinBars must be at least 21");
    }
}
