using Ouroboros.Core.Errors;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Core.Tests.Sizing;

/// <summary>The --sizing text forms, their error messages, and the round trip through ToString.</summary>
public sealed class SizingPolicyTests
{
    [Theory]
    [InlineData("all-in")]
    [InlineData("allin")]
    [InlineData("ALL-IN")]
    [InlineData(" all-in ")]
    public void All_in_parses_to_the_all_in_policy(string text) => SizingPolicy.Parse(text).ShouldBeSameAs(SizingPolicy.AllInPolicy);

    [Theory]
    [InlineData("fixed:100", 100)]
    [InlineData("quantity:2.5", 2.5)]
    [InlineData("Fixed: 7 ", 7)]
    public void Fixed_takes_a_positive_quantity(string text, double quantity) =>
        SizingPolicy.Parse(text).ShouldBe(new SizingPolicy(SizingMode.FixedQuantity, (decimal)quantity));

    [Fact]
    public void Fixed_without_a_number_takes_the_separate_quantity() =>
        SizingPolicy.Parse("fixed", quantity: 40m).ShouldBe(new SizingPolicy(SizingMode.FixedQuantity, 40m));

    [Fact]
    public void Fixed_with_a_number_ignores_the_separate_quantity() =>
        SizingPolicy.Parse("fixed:5", quantity: 40m).Value.ShouldBe(5m);

    [Fact]
    public void Cash_takes_a_positive_amount() => SizingPolicy.Parse("cash:5000").ShouldBe(new SizingPolicy(SizingMode.FixedCash, 5_000m));

    [Theory]
    [InlineData("percent:25", 0.25)]
    [InlineData("pct:100", 1)]
    [InlineData("percent:0.5", 0.005)]
    public void Percent_takes_a_percentage_of_equity_as_a_fraction(string text, double fraction) =>
        SizingPolicy.Parse(text).ShouldBe(new SizingPolicy(SizingMode.PercentOfEquity, (decimal)fraction));

    [Fact]
    public void Atr_takes_a_risk_percentage_and_defaults_to_a_2_atr_stop_over_14_bars() =>
        SizingPolicy.Parse("atr:1").ShouldBe(new SizingPolicy(SizingMode.AtrRisk, 0.01m, 2m, 14));

    [Fact]
    public void Atr_takes_an_optional_multiple_and_period() =>
        SizingPolicy.Parse("atr:0.5,3,20").ShouldBe(new SizingPolicy(SizingMode.AtrRisk, 0.005m, 3m, 20));

    [Theory]
    [InlineData("fixed", "fixed needs a quantity: --sizing fixed:100 or --sizing fixed --quantity 100")]
    [InlineData("fixed:0", "fixed needs a quantity: --sizing fixed:100 or --sizing fixed --quantity 100")]
    [InlineData("fixed:-5", "fixed needs a quantity: --sizing fixed:100 or --sizing fixed --quantity 100")]
    [InlineData("fixed:ten", "fixed needs a quantity: --sizing fixed:100 or --sizing fixed --quantity 100")]
    [InlineData("cash", "cash needs an amount: --sizing cash:5000")]
    [InlineData("cash:", "cash needs an amount: --sizing cash:5000")]
    [InlineData("percent", "percent needs a percentage of equity in (0, 100]: --sizing percent:25")]
    [InlineData("percent:0", "percent needs a percentage of equity in (0, 100]: --sizing percent:25")]
    [InlineData("percent:100.01", "percent needs a percentage of equity in (0, 100]: --sizing percent:25")]
    [InlineData("atr", "atr needs a risk percentage of equity: --sizing atr:1,2")]
    [InlineData("atr:101", "atr needs a risk percentage of equity: --sizing atr:1,2")]
    [InlineData("atr:1,0", "the ATR multiple must be a positive number, e.g. --sizing atr:1,2")]
    [InlineData("atr:1,x", "the ATR multiple must be a positive number, e.g. --sizing atr:1,2")]
    [InlineData("atr:1,2,0", "the ATR period must be a positive whole number, e.g. --sizing atr:1,2,14")]
    [InlineData("kelly", "unknown sizing 'kelly'; use fixed:N, cash:AMOUNT, percent:P, all-in or atr:RISK%,K[,PERIOD]")]
    [InlineData("fixed100", "unknown sizing 'fixed100'; use fixed:N, cash:AMOUNT, percent:P, all-in or atr:RISK%,K[,PERIOD]")]
    public void Bad_sizing_text_says_how_to_write_it(string text, string message) =>
        Should.Throw<InvalidInputException>(() => SizingPolicy.Parse(text)).Describe(n => "--" + n).ShouldBe(message);

    [Theory]
    [InlineData("fixed:79228162514264337593543950335", "fixed needs a quantity: --sizing fixed:100 or --sizing fixed --quantity 100 ('79228162514264337593543950335' is too large; at most 1000000000000000)")]
    [InlineData("cash:1000000000000000.01", "cash needs an amount: --sizing cash:5000 ('1000000000000000.01' is too large; at most 1000000000000000)")]
    [InlineData("atr:1,1000000000000001", "the ATR multiple must be a positive number, e.g. --sizing atr:1,2 ('1000000000000001' is too large; at most 1000000000000000)")]
    public void A_size_too_large_to_compute_with_is_refused_naming_the_limit(string text, string message) =>
        Should.Throw<InvalidInputException>(() => SizingPolicy.Parse(text)).Describe(n => "--" + n).ShouldBe(message);

    [Fact]
    public void Atr_period_must_be_a_whole_number() =>
        Should.Throw<InvalidInputException>(() => SizingPolicy.Parse("atr:1,2,0.5")).Describe(n => "--" + n).ShouldBe("the ATR period must be a positive whole number, e.g. --sizing atr:1,2,14");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_sizing_text_is_rejected(string text) => Should.Throw<ArgumentException>(() => SizingPolicy.Parse(text));

    [Theory]
    [InlineData("fixed:100", "fixed:100")]
    [InlineData("cash:5000", "cash:5000")]
    [InlineData("percent:25", "percent:25")]
    [InlineData("pct:12.5", "percent:12.5")]
    [InlineData("all-in", "all-in")]
    [InlineData("atr:1,2", "atr:1,2,14")]
    [InlineData("atr:0.75,3,20", "atr:0.75,3,20")]
    public void To_string_prints_the_canonical_form(string text, string canonical) => SizingPolicy.Parse(text).ToString().ShouldBe(canonical);

    private static readonly Gen<decimal> Positive = Gen.Choose(1, int.MaxValue).SelectMany(units => Gen.Choose(0, 6).Select(scale => new decimal(units, 0, 0, false, (byte)scale)));

    // Percentages in (0, 100] with up to four decimals, the precision ToString keeps.
    private static readonly Gen<decimal> Percent = Gen.Choose(1, 1_000_000).Select(p => p / 10_000m);

    private static readonly Gen<SizingPolicy> Policies = Gen.OneOf(
        Gen.Constant(SizingPolicy.AllInPolicy),
        Positive.Select(v => new SizingPolicy(SizingMode.FixedQuantity, v)),
        Positive.Select(v => new SizingPolicy(SizingMode.FixedCash, v)),
        Percent.Select(p => new SizingPolicy(SizingMode.PercentOfEquity, p / 100m)),
        from risk in Percent
        from k in Positive
        from period in Gen.Choose(1, 500)
        select new SizingPolicy(SizingMode.AtrRisk, risk / 100m, k, period));

    [Fact]
    public void Any_policy_prints_to_text_that_parses_back_to_it() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Policies.ToArbitrary(), policy =>
            SizingPolicy.Parse(policy.ToString()).ShouldBe(policy, policy.ToString())));

    [Fact]
    public void Each_mode_turns_into_its_size_spec()
    {
        SizingPolicy.Parse("fixed:3").ToSpec(null).ShouldBe(new SizeSpec.FixedQuantity(3m));
        SizingPolicy.Parse("cash:500").ToSpec(null).ShouldBe(new SizeSpec.FixedCash(500m));
        SizingPolicy.Parse("percent:20").ToSpec(null).ShouldBe(new SizeSpec.PercentOfEquity(0.2m));
        SizingPolicy.Parse("all-in").ToSpec(null).ShouldBeOfType<SizeSpec.AllIn>();
        SizingPolicy.Parse("atr:1,2").ToSpec(1.5m).ShouldBe(new SizeSpec.AtrRisk(0.01m, 2m, 1.5m));
    }

    [Fact]
    public void Atr_sizing_without_a_warmed_up_atr_is_a_bug_in_the_caller()
    {
        Should.Throw<InvalidOperationException>(() => SizingPolicy.Parse("atr:1").ToSpec(null)).Message.ShouldBe("ATR sizing needs a warmed-up ATR.");
        Should.Throw<InvalidOperationException>(() => SizingPolicy.Parse("atr:1").ToSpec(0m));
    }
}
