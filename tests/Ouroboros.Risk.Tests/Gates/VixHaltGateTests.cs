using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>
/// The VIX halt stops buys on KRX and US while the latest VIX known at the check is 35 or more; a VIX older than 4 days
/// counts as missing. Checks run on Monday 2024-03-04 15:00 UTC; each close is available at 21:15 UTC of its date.
/// </summary>
public sealed class VixHaltGateTests
{
    private static readonly HashSet<Venue> StockVenues = [Venue.Krx, Venue.Us];

    private static VixHaltGate Gate(ReferenceSeries? vix) => new(35m, TimeSpan.FromDays(4), vix, StockVenues);

    private static VixHaltGate GateWithFridayClose(decimal close) => Gate(GateFixtures.Vix((2, 29, 15m), (3, 1, close)));

    [Fact]
    public void Gate_is_named_vix_halt_and_keeps_its_settings()
    {
        var gate = GateWithFridayClose(14m);

        gate.Name.ShouldBe("vix_halt");
        gate.HaltLevel.ShouldBe(35m);
        gate.MaxAge.ShouldBe(TimeSpan.FromDays(4));
        gate.Venues.ShouldBe([Venue.Krx, Venue.Us], ignoreOrder: true);
        gate.Vix.ShouldNotBeNull().Name.ShouldBe("VIX");
    }

    [Fact]
    public void Vix_halt_allows_buys_while_the_vix_is_below_the_halt_level() =>
        GateWithFridayClose(34.99m).Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();

    [Fact]
    public void Vix_halt_denies_a_buy_when_the_vix_is_exactly_at_the_halt_level()
    {
        var verdict = GateWithFridayClose(35m).Evaluate(Checks.Entry());

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("vix_halt");
        verdict.Reason.ShouldBe("VIX 35 (available 2024-03-01) is at or above the halt level 35: no new buys on US");
        verdict.FigureValue("vix").ShouldBe("35");
        verdict.FigureValue("halt_level").ShouldBe("35");
        verdict.FigureValue("vix_available_at").ShouldBe("2024-03-01T21:15:00.0000000+00:00");
        verdict.FigureValue("venue").ShouldBe("Us");
    }

    [Fact]
    public void Vix_halt_denies_a_krx_buy_when_the_vix_is_above_the_halt_level() =>
        GateWithFridayClose(41.5m).Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, 70_000m))
            .Reason.ShouldBe("VIX 41.5 (available 2024-03-01) is at or above the halt level 35: no new buys on KRX");

    [Fact]
    public void Vix_halt_ignores_venues_it_does_not_cover_even_without_a_vix()
    {
        GateWithFridayClose(80m).Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m)).IsApproved.ShouldBeTrue();
        Gate(null).Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Vix_halt_allows_sells_and_short_entries_and_buys_that_cover_a_short()
    {
        var gate = GateWithFridayClose(80m);

        gate.Evaluate(Checks.Exit()).IsApproved.ShouldBeTrue();
        gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m)).IsApproved.ShouldBeTrue();
        gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Vix_halt_does_not_see_a_value_published_after_the_check()
    {
        // Monday's close of 50 is only available at 21:15, after the 15:00 check: Friday's 14 applies.
        var gate = Gate(GateFixtures.Vix((3, 1, 14m), (3, 4, 50m)));

        gate.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
        gate.Evaluate(Checks.Of(OrderSide.Buy, position: 0m, time: new DateTimeOffset(2024, 3, 4, 21, 15, 0, TimeSpan.Zero))).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Vix_halt_denies_with_data_missing_when_no_vix_series_is_loaded()
    {
        var verdict = Gate(null).Evaluate(Checks.Entry());

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: no VIX series is loaded");
        verdict.FigureValue("vix").ShouldBe("missing");
    }

    [Fact]
    public void Vix_halt_denies_with_data_missing_when_no_value_was_available_yet()
    {
        var verdict = Gate(GateFixtures.Vix((3, 5, 14m))).Evaluate(Checks.Entry());

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: no VIX value was available at or before 2024-03-04 15:00Z (the first is from 2024-03-05)");
    }

    [Fact]
    public void Vix_halt_denies_with_data_missing_when_the_latest_value_is_older_than_4_days()
    {
        var verdict = Gate(GateFixtures.Vix((2, 28, 14m))).Evaluate(Checks.Entry());

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: the latest VIX value (14, available 2024-02-28) is 4.7 days old, older than the 4-day limit");
        verdict.FigureValue("vix_available_at").ShouldBe("2024-02-28T21:15:00.0000000+00:00");
        verdict.FigureValue("vix_age_days").ShouldStartWith("4.7");
    }

    [Fact]
    public void Vix_halt_accepts_a_value_exactly_the_maximum_age_old()
    {
        var vix = new ReferenceSeries("VIX", [(Checks.T0.AddDays(-4), 14m)]);

        Gate(vix).Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
        Gate(vix).Evaluate(Checks.Of(OrderSide.Buy, position: 0m, time: Checks.T0.AddTicks(1))).IsDataMissing.ShouldBeTrue();
    }

    [Fact]
    public void Vix_halt_denies_a_buy_with_an_unknown_position_because_it_may_be_an_entry() =>
        GateWithFridayClose(40m).Evaluate(Checks.Of(OrderSide.Buy, position: null)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Vix_halt_with_no_venues_covers_nothing() =>
        new VixHaltGate(35m, TimeSpan.FromDays(4), null, new HashSet<Venue>()).Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();

    [Fact]
    public void Constructor_copies_the_venues_so_later_changes_do_not_affect_the_gate()
    {
        var venues = new HashSet<Venue> { Venue.Us };
        var gate = new VixHaltGate(35m, TimeSpan.FromDays(4), null, venues);
        venues.Clear();

        gate.Evaluate(Checks.Entry()).IsDataMissing.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-35)]
    public void Constructor_rejects_a_halt_level_that_is_not_positive(int level)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new VixHaltGate(level, TimeSpan.FromDays(4), null, StockVenues));
        error.Message.ShouldContain("The VIX halt level must be a positive index level");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_rejects_a_maximum_age_that_is_not_positive(int days)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new VixHaltGate(35m, TimeSpan.FromDays(days), null, StockVenues));
        error.Message.ShouldContain("The maximum age of a VIX value must be a positive time span");
    }

    [Fact]
    public void Constructor_rejects_null_venues() =>
        Should.Throw<ArgumentNullException>(() => new VixHaltGate(35m, TimeSpan.FromDays(4), null, null!));

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => Gate(null).Evaluate(null!));
}
