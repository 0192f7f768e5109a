using Ouroboros.Application.Brain;
using Ouroboros.Application.Catalog;
using Ouroboros.Core.Strategies;

namespace Ouroboros.Application.Tests.Catalog;

/// <summary>One registry lists every strategy, the ones that need the brain included.</summary>
public sealed class ListStrategiesTests
{
    [Fact]
    public void Every_strategy_is_listed_in_name_order_from_one_registry()
    {
        var all = new ListStrategies(BrainStrategies.Registry()).Execute();

        all.Select(s => s.Name).ShouldBe(["llm", "momentum", "playbook", "sma-cross", "triple-rsi"]);
        all.Single(s => s.Name == "playbook").Parameters.Select(p => p.Name).ShouldBe(["planner", "max_scenarios", "rescan_minutes"]);
        all.Single(s => s.Name == "llm").ShouldBeAssignableTo<IBrainStrategyFactory>();
        all.Single(s => s.Name == "sma-cross").ShouldBeAssignableTo<IStrategyFactory>();
    }

    [Fact]
    public void A_brain_strategy_cannot_be_created_without_the_runtime_but_its_parameters_are_checked()
    {
        var registry = BrainStrategies.Registry();

        Should.Throw<StrategyConfigurationException>(() => registry.Create("playbook", new Dictionary<string, string>())).Message.ShouldContain("LLM runtime");
        Should.Throw<StrategyConfigurationException>(() => registry.Bind("llm", new Dictionary<string, string> { ["mode"] = "sometimes" }))
            .Message.ShouldContain("mode must be realtime or batch");
    }
}
