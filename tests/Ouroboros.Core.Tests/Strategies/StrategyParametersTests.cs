using Ouroboros.Core.Strategies;

namespace Ouroboros.Core.Tests.Strategies;

/// <summary>Binding user-given strategy parameters: defaults, validation, every problem at once.</summary>
public sealed class StrategyParametersTests
{
    internal static readonly StrategyParameter[] Declared =
    [
        new("period", ParameterKind.Integer, "20", "lookback", Min: 2, Max: 200),
        new("threshold", ParameterKind.Decimal, "0.5", "signal level", Min: 0, Max: 1),
        new("mode", ParameterKind.Text, "long", "direction"),
        new("verbose", ParameterKind.Boolean, "false", "log more"),
    ];

    private static StrategyParameters Bind(params (string Name, string Value)[] given) =>
        StrategyParameters.Bind("sma", Declared, given.ToDictionary(g => g.Name, g => g.Value));

    private static string Problems(params (string Name, string Value)[] given) =>
        Should.Throw<StrategyConfigurationException>(() => Bind(given)).Message;

    [Fact]
    public void Every_declared_parameter_gets_its_default_when_not_given()
    {
        var bound = Bind();

        bound.Int("period").ShouldBe(20);
        bound.Decimal("threshold").ShouldBe(0.5m);
        bound.Text("mode").ShouldBe("long");
        bound.Bool("verbose").ShouldBeFalse();
        bound.Values.Count.ShouldBe(4);
    }

    [Fact]
    public void Given_values_replace_the_defaults()
    {
        var bound = Bind(("period", "50"), ("threshold", "0.25"), ("mode", "short"), ("verbose", "true"));

        bound.Int("period").ShouldBe(50);
        bound.Decimal("threshold").ShouldBe(0.25m);
        bound.Text("mode").ShouldBe("short");
        bound.Bool("verbose").ShouldBeTrue();
    }

    [Fact]
    public void Names_are_matched_without_regard_to_case()
    {
        var bound = Bind(("PERIOD", "30"));

        bound.Int("period").ShouldBe(30);
        bound.Int("Period").ShouldBe(30);
    }

    [Fact]
    public void Range_bounds_are_inclusive()
    {
        Bind(("period", "2")).Int("period").ShouldBe(2);
        Bind(("period", "200")).Int("period").ShouldBe(200);
        Bind(("threshold", "0")).Decimal("threshold").ShouldBe(0m);
    }

    [Fact]
    public void An_unknown_name_is_rejected_and_the_known_names_are_listed() =>
        Problems(("perod", "20")).ShouldBe("sma: unknown parameter 'perod' (known: period, threshold, mode, verbose)");

    [Theory]
    [InlineData("period", "abc", "period must be a whole number, got 'abc'")]
    [InlineData("period", "2.5", "period must be a whole number, got '2.5'")]
    [InlineData("period", "1", "period must be at least 2, got 1")]
    [InlineData("period", "201", "period must be at most 200, got 201")]
    [InlineData("threshold", "x", "threshold must be a number, got 'x'")]
    [InlineData("threshold", "1.5", "threshold must be at most 1, got 1.5")]
    [InlineData("threshold", "-0.1", "threshold must be at least 0, got -0.1")]
    [InlineData("mode", " ", "mode must not be empty")]
    [InlineData("verbose", "yes", "verbose must be true or false, got 'yes'")]
    public void A_bad_value_is_rejected_with_the_parameter_name_and_the_value(string name, string value, string problem) =>
        Problems((name, value)).ShouldBe($"sma: {problem}");

    [Fact]
    public void All_problems_are_reported_together_in_one_message() =>
        Problems(("period", "0"), ("nope", "1"), ("verbose", "maybe")).ShouldBe(
            "sma: period must be at least 2, got 0; unknown parameter 'nope' (known: period, threshold, mode, verbose); verbose must be true or false, got 'maybe'");

    [Fact]
    public void Reading_an_undeclared_parameter_is_a_bug() =>
        Should.Throw<KeyNotFoundException>(() => Bind().Int("fast")).Message.ShouldBe("Parameter 'fast' was not declared.");

    [Fact]
    public void Null_declarations_or_values_are_rejected()
    {
        Should.Throw<ArgumentNullException>(() => StrategyParameters.Bind("sma", null!, new Dictionary<string, string>()));
        Should.Throw<ArgumentNullException>(() => StrategyParameters.Bind("sma", Declared, null!));
    }
}

public sealed class StrategyParameterCombinationTests
{
    private static readonly StrategyParameter[] Declared =
    [
        new("fast", ParameterKind.Integer, "10", "fast"),
        new("slow", ParameterKind.Integer, "30", "slow"),
    ];

    private static IEnumerable<string> FastBelowSlow(ParameterValues v) =>
        v.Integer("fast") is { } f && v.Integer("slow") is { } s && f >= s ? [$"fast ({f}) must be less than slow ({s})"] : [];

    [Fact]
    public void Combination_problems_are_reported_with_value_problems_in_one_message()
    {
        var e = Should.Throw<StrategyConfigurationException>(() => StrategyParameters.Bind("x", Declared,
            new Dictionary<string, string> { ["fast"] = "40", ["speed"] = "1" }, FastBelowSlow));
        e.Message.ShouldBe("x: unknown parameter 'speed' (known: fast, slow); fast (40) must be less than slow (30)");
    }

    [Fact]
    public void An_invalid_value_is_not_compared_against_its_partner()
    {
        var e = Should.Throw<StrategyConfigurationException>(() => StrategyParameters.Bind("x", Declared,
            new Dictionary<string, string> { ["slow"] = "abc" }, FastBelowSlow));
        e.Message.ShouldBe("x: slow must be a whole number, got 'abc'");
    }
}
