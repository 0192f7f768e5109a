using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies.Tests;

public sealed class ParameterValidationTests
{
    [Fact]
    public void Lists_an_unknown_parameter_a_non_numeric_value_and_fast_not_below_slow_in_one_message()
    {
        var error = Should.Throw<StrategyConfigurationException>(() => BuiltInStrategies.Create("sma-cross", new Dictionary<string, string>
        {
            ["fast"] = "40",
            ["slow"] = "30",
            ["speed"] = "3",
        }));

        error.Message.ShouldStartWith("sma-cross: ");
        error.Message.ShouldContain("unknown parameter 'speed'");
        error.Message.ShouldContain("fast (40) must be less than slow (30)");

        var both = Should.Throw<StrategyConfigurationException>(() => BuiltInStrategies.Create("momentum", new Dictionary<string, string>
        {
            ["lookback"] = "abc",
            ["top"] = "0",
            ["skip"] = "300",
            ["colour"] = "red",
        }));
        both.Message.ShouldContain("lookback must be a whole number, got 'abc'");
        both.Message.ShouldContain("top must be at least 1");
        both.Message.ShouldContain("unknown parameter 'colour'");
        both.Message.ShouldNotContain("skip (300)", Case.Insensitive, "an invalid lookback is not compared");
    }

    [Fact]
    public void Compares_against_the_default_when_only_one_side_is_given()
    {
        var error = Should.Throw<StrategyConfigurationException>(() => BuiltInStrategies.Create("sma-cross", new Dictionary<string, string> { ["fast"] = "30" }));
        error.Message.ShouldBe("sma-cross: fast (30) must be less than slow (30)");
        Should.Throw<StrategyConfigurationException>(() => BuiltInStrategies.Create("momentum", new Dictionary<string, string> { ["skip"] = "252" }))
            .Message.ShouldBe("momentum: skip (252) must be less than lookback (252)");
        Should.Throw<StrategyConfigurationException>(() => BuiltInStrategies.Create("triple-rsi", new Dictionary<string, string> { ["rsi_mid"] = "5", ["rsi_slow"] = "5" }))
            .Message.ShouldBe("triple-rsi: rsi_fast (7) must be less than rsi_mid (5); rsi_mid (5) must be less than rsi_slow (5)");
    }

    [Fact]
    public void The_factory_rejects_fast_not_below_slow_even_when_called_through_the_registry()
    {
        var error = Should.Throw<StrategyConfigurationException>(() => BuiltInStrategies.Registry().Create("sma-cross", new Dictionary<string, string> { ["fast"] = "20", ["slow"] = "20" }));
        error.Message.ShouldBe("sma-cross: fast (20) must be less than slow (20)");
    }

    [Fact]
    public void Builds_each_strategy_with_typed_values_and_defaults()
    {
        var (sma, _) = BuiltInStrategies.Create("SMA-CROSS", new Dictionary<string, string> { ["fast"] = "5" });
        var cross = sma.ShouldBeOfType<SmaCrossStrategy>();
        (cross.FastPeriod, cross.SlowPeriod).ShouldBe((5, 30));

        var (momentum, _) = BuiltInStrategies.Create("momentum", new Dictionary<string, string> { ["abs_filter"] = "false", ["risk_pct"] = "0.5" });
        momentum.ShouldBeOfType<MomentumStrategy>().Settings.ShouldBe(new MomentumSettings(252, 21, 2, 20, 0.5m, 2m, false));

        var (rsi, _) = BuiltInStrategies.Create("triple-rsi", new Dictionary<string, string>());
        rsi.ShouldBeOfType<TripleRsiStrategy>().Settings.ShouldBe(new TripleRsiSettings(7, 14, 21, 9, 60, 40, 80));
    }

    [Fact]
    public void The_registry_lists_every_built_in_strategy_with_documented_parameters()
    {
        var registry = BuiltInStrategies.Registry();
        registry.All.Select(f => f.Name).Order().ShouldBe(["momentum", "sma-cross", "triple-rsi"]);
        foreach (var factory in BuiltInStrategies.Factories())
        {
            factory.Description.ShouldNotBeNullOrWhiteSpace();
            factory.Parameters.ShouldAllBe(p => p.Validate(p.Default) == null && !string.IsNullOrWhiteSpace(p.Description));
            factory.Create(StrategyParameters.Bind(factory.Name, factory.Parameters, new Dictionary<string, string>())).Name.ShouldBe(factory.Name);
        }
        Should.Throw<StrategyConfigurationException>(() => registry.Get("nope")).Message.ShouldContain("momentum, sma-cross, triple-rsi");
    }
}
