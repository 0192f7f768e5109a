using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The price band gate denies KRX orders priced more than 30% from the previous close (70,000 → 49,000–91,000).</summary>
public sealed class PriceBandGateTests
{
    private readonly PriceBandGate _gate = new(0.30m);
    private static readonly RiskHistory Closed70k = GateFixtures.PreviousClose(GateFixtures.Samsung, 70_000m);

    private static RiskCheck Buy(decimal referencePrice, IRiskHistory? history = null) =>
        GateFixtures.EntryIn(GateFixtures.Samsung, referencePrice, history: history ?? Closed70k);

    [Fact]
    public void Gate_is_named_price_band() => _gate.Name.ShouldBe("price_band");

    [Fact]
    public void Price_band_denies_a_krx_limit_order_above_the_upper_band()
    {
        var verdict = _gate.Evaluate(Buy(70_000m).AsLimit(91_100m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("price_band");
        verdict.Reason.ShouldBe("order price 91100 is outside the KRX daily band 49000–91000 (previous close 70000 ± 30%)");
        verdict.FigureValue("order_price").ShouldBe("91100");
        verdict.FigureValue("previous_close").ShouldBe("70000");
        verdict.FigureValue("band_low").ShouldBe("49000");
        verdict.FigureValue("band_high").ShouldBe("91000");
    }

    [Fact]
    public void Price_band_denies_a_krx_limit_order_below_the_lower_band() =>
        _gate.Evaluate(Buy(70_000m).AsLimit(48_950m)).IsApproved.ShouldBeFalse();

    [Theory]
    [InlineData(91_000)]
    [InlineData(49_000)]
    [InlineData(70_000)]
    public void Price_band_allows_prices_on_and_inside_the_band_edges(int price) =>
        _gate.Evaluate(Buy(70_000m).AsLimit(price)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Price_band_checks_the_reference_price_of_a_market_order() =>
        _gate.Evaluate(Buy(95_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Price_band_checks_the_stop_price_of_a_stop_order_rather_than_the_reference_price()
    {
        _gate.Evaluate(Buy(70_000m).AsStop(92_000m)).IsApproved.ShouldBeFalse();
        _gate.Evaluate(Buy(95_000m).AsStop(90_000m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Price_band_checks_the_limit_price_rather_than_the_reference_price() =>
        _gate.Evaluate(Buy(95_000m).AsLimit(90_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Price_band_denies_exits_outside_the_band_too_because_the_exchange_would_reject_them() =>
        _gate.Evaluate(GateFixtures.ExitIn(GateFixtures.Samsung, 70_000m, Closed70k).AsLimit(40_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Price_band_ignores_orders_outside_krx_even_without_a_previous_close()
    {
        _gate.Evaluate(Checks.Entry(value: 1_000_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Price_band_denies_with_data_missing_when_there_is_no_previous_close()
    {
        var verdict = _gate.Evaluate(Buy(70_000m, new RiskHistory()).AsLimit(70_000m));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: no previous close for KRX:005930, so the daily price band is unknown");
        verdict.FigureValue("previous_close").ShouldBe("missing");
    }

    [Fact]
    public void Price_band_denies_with_data_missing_when_a_market_order_has_no_reference_price()
    {
        var check = Checks.Of(OrderSide.Buy, position: 0m, value: null, instrument: GateFixtures.Samsung, history: Closed70k);

        var verdict = _gate.Evaluate(check);

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: the order has no limit or stop price and there is no reference price");
        verdict.FigureValue("order_price").ShouldBe("missing");
    }

    [Fact]
    public void Price_band_needs_no_reference_price_when_the_order_has_a_limit() =>
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: 0m, value: null, instrument: GateFixtures.Samsung, history: Closed70k).AsLimit(70_000m))
            .IsApproved.ShouldBeTrue();

    [Fact]
    public void Price_band_denies_exits_with_data_missing_too() =>
        _gate.Evaluate(GateFixtures.ExitIn(GateFixtures.Samsung, 70_000m, new RiskHistory())).IsDataMissing.ShouldBeTrue();

    [Theory]
    [InlineData(0)]
    [InlineData(-0.3)]
    [InlineData(1.01)]
    public void Constructor_rejects_a_band_outside_zero_to_one(double band)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new PriceBandGate((decimal)band));
        error.Message.ShouldContain("The price band is a fraction of the previous close in (0, 1]");
    }

    [Fact]
    public void Constructor_accepts_a_band_of_100_percent() => new PriceBandGate(1m).BandFraction.ShouldBe(1m);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
