using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>The fat-finger gate refuses entries worth more than 30% of the available cash.</summary>
public sealed class FatFingerGateTests
{
    private readonly FatFingerGate _gate = new();

    [Fact]
    public void Gate_is_named_fat_finger_with_a_30_percent_default()
    {
        _gate.Name.ShouldBe("fat_finger");
        _gate.MaxFractionOfCash.ShouldBe(0.30m);
    }

    [Fact]
    public void Gate_denies_order_above_30_percent_of_cash()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: 3_000.01m, cash: 10_000m));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Gate.ShouldBe("fat_finger");
        verdict.Reason.ShouldNotBeNull().ShouldStartWith("order value 3000.01 exceeds 30");
        verdict.Reason.ShouldEndWith("of available cash 10000 (limit 3000)");
    }

    [Fact]
    public void Gate_allows_order_of_exactly_30_percent_of_cash() =>
        _gate.Evaluate(Checks.Entry(value: 3_000m, cash: 10_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_allows_a_small_order() => _gate.Evaluate(Checks.Entry(value: 1m, cash: 10_000m)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_a_short_entry_above_the_limit() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, value: 5_000m, cash: 10_000m)).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_allows_exits_of_any_size()
    {
        _gate.Evaluate(Checks.Exit(value: 1_000_000m, cash: 10m)).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m, value: 1_000_000m, cash: 10m)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_allows_exits_even_when_value_and_cash_are_unknown() =>
        _gate.Evaluate(Checks.Exit(value: null, cash: null)).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_with_data_missing_when_the_value_is_unknown()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: null));

        verdict.IsApproved.ShouldBeFalse();
        verdict.Reason.ShouldBe("data missing: no price to value the order");
    }

    [Fact]
    public void Gate_denies_an_entry_with_data_missing_when_the_cash_is_unknown() =>
        _gate.Evaluate(Checks.Entry(cash: null)).Reason.ShouldBe("data missing: available cash is unknown");

    [Fact]
    public void Gate_journals_both_inputs_on_a_data_missing_denial()
    {
        var verdict = _gate.Evaluate(Checks.Entry(value: 500m, cash: null));

        verdict.Figures.ShouldBe([new("order_value", "500"), new("available_cash", "missing")]);
    }

    [Fact]
    public void Gate_denies_every_entry_when_there_is_no_cash() =>
        _gate.Evaluate(Checks.Entry(value: 0.01m, cash: 0m)).IsApproved.ShouldBeFalse();

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Constructor_rejects_a_limit_outside_zero_to_one(double fraction) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new FatFingerGate((decimal)fraction));

    [Fact]
    public void Constructor_accepts_the_whole_cash_as_limit() => new FatFingerGate(1m).MaxFractionOfCash.ShouldBe(1m);

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));

    private static readonly Gen<(decimal Value, decimal Cash)> ValueAndCash = Gen.Frequency(
        (3, from value in Gen.Choose(1, int.MaxValue)
            from cash in Gen.Choose(0, int.MaxValue)
            select (value / 100m, cash / 100m)),
        // Around the limit: exactly 30% of a round cash amount, and a cent either side.
        (2, from tens in Gen.Choose(1, 100_000_000)
            from cents in Gen.Choose(-2, 2)
            select (tens * 3m + cents / 100m, tens * 10m)));

    [Fact]
    public void For_any_value_and_cash_an_entry_is_denied_exactly_when_it_exceeds_30_percent_of_cash_and_an_exit_never() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(ValueAndCash.ToArbitrary(), pair =>
        {
            var tooBig = pair.Value * 10m > pair.Cash * 3m;
            _gate.Evaluate(Checks.Entry(value: pair.Value, cash: pair.Cash)).IsApproved.ShouldBe(!tooBig, $"value {pair.Value}, cash {pair.Cash}");
            _gate.Evaluate(Checks.Exit(value: pair.Value, cash: pair.Cash)).IsApproved.ShouldBeTrue();
        }));
}
