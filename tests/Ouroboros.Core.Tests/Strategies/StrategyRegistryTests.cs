using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Tests.Strategies;

/// <summary>Finding strategies by name and creating them with bound parameters.</summary>
public sealed class StrategyRegistryTests
{
    private sealed class NamedStrategy(string name, StrategyParameters parameters) : IStrategy
    {
        public string Name => name;
        public StrategyParameters Parameters => parameters;
        public void Initialize(IStrategyContext context) { }
        public void OnBar(int instrument, in Bar bar) { }
        public void OnTimeSliceEnd(DateTimeOffset time) { }
        public void OnFill(Fill fill) { }
    }

    private sealed class Factory(string name) : IStrategyFactory
    {
        public string Name => name;
        public string Description => $"the {name} strategy";
        public IReadOnlyList<StrategyParameter> Parameters => StrategyParametersTests.Declared;
        public IStrategy Create(StrategyParameters parameters) => new NamedStrategy(name, parameters);
    }

    private readonly StrategyRegistry _registry = new([new Factory("triple-rsi"), new Factory("momentum"), new Factory("sma-cross")]);

    [Fact]
    public void A_strategy_is_found_by_name_without_regard_to_case()
    {
        _registry.Get("sma-cross").Name.ShouldBe("sma-cross");
        _registry.Get("SMA-Cross").Name.ShouldBe("sma-cross");
        _registry.All.Count.ShouldBe(3);
    }

    [Fact]
    public void An_unknown_name_lists_the_available_strategies_in_order() =>
        Should.Throw<StrategyConfigurationException>(() => _registry.Get("smacross"))
            .Message.ShouldBe("unknown strategy 'smacross'; available: momentum, sma-cross, triple-rsi");

    [Fact]
    public void Create_binds_the_parameters_and_hands_them_to_the_factory()
    {
        var (strategy, parameters) = _registry.Create("momentum", new Dictionary<string, string> { ["period"] = "60" });

        strategy.Name.ShouldBe("momentum");
        parameters.Int("period").ShouldBe(60);
        parameters.Text("mode").ShouldBe("long");
        ((NamedStrategy)strategy).Parameters.ShouldBeSameAs(parameters);
    }

    [Fact]
    public void Create_with_bad_parameters_names_the_strategy_in_the_message() =>
        Should.Throw<StrategyConfigurationException>(() => _registry.Create("momentum", new Dictionary<string, string> { ["period"] = "x" }))
            .Message.ShouldBe("momentum: period must be a whole number, got 'x'");
}
