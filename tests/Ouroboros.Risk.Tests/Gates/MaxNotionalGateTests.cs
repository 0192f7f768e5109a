using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The max-notional gate caps a single entry's value per currency (100,000 USD, 100,000,000 KRW here).</summary>
public sealed class MaxNotionalGateTests
{
    private readonly MaxNotionalGate _gate = new(new Dictionary<Currency, decimal> { [Currency.USD] = 100_000m, [Currency.KRW] = 100_000_000m });

    [Fact]
    public void Gate_is_named_max_notional_and_keeps_its_limits()
    {
        _gate.Name.ShouldBe("max_notional");
        _gate.MaxByCurrency[Currency.USD].ShouldBe(100_000m);
        _gate.MaxByCurrency.ContainsKey(Currency.USDT).ShouldBeFalse();
    }

    [Fact]
    public void Max_notional_denies_a_usd_entry_worth_more_than_the_usd_limit()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: 100_000.01m, cash: 1_000_000m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("max_notional");
        verdict.Reason.ShouldBe("order value 100000.01 USD exceeds the max notional of 100000 USD");
        verdict.FigureValue("order_value").ShouldBe("100000.01");
        verdict.FigureValue("limit").ShouldBe("100000");
        verdict.FigureValue("currency").ShouldBe("USD");
    }

    [Fact]
    public void Max_notional_allows_an_entry_worth_exactly_the_limit() =>
        _gate.Evaluate(Checks.Entry(value: 100_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Max_notional_uses_the_limit_of_the_instruments_own_currency()
    {
        // 1,500 shares at 70,000 KRW = 105,000,000 KRW: far above 100,000 but that is the USD limit, not the KRW one.
        _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, 70_000m, quantity: 1_428m)).IsApproved.ShouldBeTrue();
        var verdict = _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Samsung, 70_000m, quantity: 1_500m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldBe("order value 105000000 KRW exceeds the max notional of 100000000 KRW");
    }

    [Fact]
    public void Max_notional_denies_an_entry_in_a_currency_without_a_configured_limit()
    {
        var verdict = _gate.Evaluate(GateFixtures.EntryIn(GateFixtures.Btc, 60_000m, quantity: 0.001m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Reason.ShouldBe("no max notional is configured for USDT, so USDT orders cannot be checked and are refused");
        verdict.FigureValue("currency").ShouldBe("USDT");
        verdict.FigureValue("order_value").ShouldBe("60");
    }

    [Fact]
    public void Max_notional_denies_a_short_entry_above_the_limit() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, value: 150_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Max_notional_allows_exits_of_any_size_even_without_a_value()
    {
        _gate.Evaluate(Checks.Exit(value: 5_000_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m, value: 5_000_000m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Exit(value: null)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(GateFixtures.ExitIn(GateFixtures.Btc, 60_000m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Max_notional_denies_an_entry_with_data_missing_when_the_value_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: null));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: no price to value the order");
        verdict.FigureValue("order_value").ShouldBe("missing");
    }

    [Fact]
    public void Max_notional_treats_an_unknown_position_as_an_entry() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: null, value: 150_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Max_notional_with_no_limits_at_all_refuses_every_entry() =>
        new MaxNotionalGate(new Dictionary<Currency, decimal>()).Evaluate(Checks.Entry(value: 1m)).IsApproved.ShouldBeFalse();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_rejects_a_limit_that_is_not_positive(int max)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new MaxNotionalGate(new Dictionary<Currency, decimal> { [Currency.KRW] = max }));
        error.Message.ShouldContain("The max notional for KRW must be a positive amount of KRW.");
    }

    [Fact]
    public void Constructor_rejects_a_null_dictionary() => Should.Throw<ArgumentNullException>(() => new MaxNotionalGate(null!));

    [Fact]
    public void Constructor_copies_the_limits_so_later_changes_to_the_dictionary_do_not_loosen_them()
    {
        var limits = new Dictionary<Currency, decimal> { [Currency.USD] = 1_000m };
        var gate = new MaxNotionalGate(limits);
        limits[Currency.USD] = 1_000_000m;

        gate.Evaluate(Checks.Entry(value: 2_000m)).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
