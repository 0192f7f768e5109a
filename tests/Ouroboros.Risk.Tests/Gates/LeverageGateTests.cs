using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The leverage gate allows leverage only on crypto and at most 3x; KRX and US are cash accounts.</summary>
public sealed class LeverageGateTests
{
    private readonly LeverageGate _gate = new(3m);

    [Fact]
    public void Gate_is_named_max_leverage() => _gate.Name.ShouldBe("max_leverage");

    [Fact]
    public void Leverage_allows_a_cash_trade_on_every_venue()
    {
        _gate.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, 70_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Leverage_denies_leverage_on_a_us_stock_because_the_account_is_cash_only()
    {
        var verdict = _gate.Evaluate(Checks.Entry() with { Leverage = 2m });

        verdict.IsApproved.ShouldBeFalse();
        verdict.Gate.ShouldBe("max_leverage");
        verdict.Reason.ShouldBe("leverage 2x on US:SPY: US is a cash account, only crypto may use leverage");
        verdict.FigureValue("leverage").ShouldBe("2");
        verdict.FigureValue("max_leverage").ShouldBe("3");
        verdict.FigureValue("venue").ShouldBe("Us");
        verdict.FigureValue("asset_class").ShouldBe("Etf");
    }

    [Fact]
    public void Leverage_denies_even_slight_leverage_on_krx() =>
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, 70_000m) with { Leverage = 1.01m })
            .Reason.ShouldBe("leverage 1.01x on KRX:005930: KRX is a cash account, only crypto may use leverage");

    [Fact]
    public void Leverage_allows_crypto_up_to_exactly_the_maximum() =>
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m) with { Leverage = 3m }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Leverage_denies_crypto_above_the_maximum()
    {
        var verdict = _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m) with { Leverage = 3.01m });

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldBe("leverage 3.01x exceeds the maximum 3x");
    }

    [Fact]
    public void Leverage_counts_a_crypto_asset_off_bybit_as_crypto()
    {
        var coin = GenericVenue.Instrument("ETHUSDT", Currency.USDT, AssetClass.Crypto);

        _gate.Evaluate(GateFixtures.EntryIn(coin, 3_000m, 1m) with { Leverage = 2m }).IsApproved.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(-2)]
    public void Leverage_denies_an_entry_with_leverage_below_1(double leverage)
    {
        var verdict = _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m) with { Leverage = (decimal)leverage });

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldNotBeNull().ShouldEndWith("is below 1; a cash trade has leverage 1");
    }

    [Fact]
    public void Leverage_applies_to_a_short_entry() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m) with { Leverage = 2m }).IsApproved.ShouldBeFalse();

    [Fact]
    public void Leverage_never_blocks_an_exit()
    {
        _gate.Evaluate(Checks.Exit() with { Leverage = 2m }).IsApproved.ShouldBeTrue();
        _gate.Evaluate(GateFixtures.ExitIn(GateFixtures.Btc, 60_000m) with { Leverage = 10m }).IsApproved.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0.99)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_rejects_a_maximum_below_1(double maximum)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new LeverageGate((decimal)maximum));
        error.Message.ShouldContain("The maximum leverage must be at least 1 (1 means cash only).");
    }

    [Fact]
    public void A_maximum_of_1_allows_no_leverage_even_on_crypto()
    {
        var gate = new LeverageGate(1m);

        gate.MaxLeverage.ShouldBe(1m);
        gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, 0.001m) with { Leverage = 1.5m }).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
