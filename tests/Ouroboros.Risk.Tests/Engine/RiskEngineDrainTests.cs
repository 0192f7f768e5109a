using Ouroboros.Risk.Events;
using Ouroboros.Domain.Events;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;

namespace Ouroboros.Risk.Tests.Engine;

/// <summary>A kernel streams the engine's events away, so a long session does not keep them in the engine.</summary>
public sealed class RiskEngineDrainTests
{
    private static readonly DateTimeOffset T0 = Checks.T0;

    [Fact]
    public void Draining_hands_over_the_events_in_order_and_leaves_none_behind()
    {
        var engine = NewEngine();
        engine.Halt(TradingStateBook.AccountScope, T0, "ops", "broker outage");
        engine.Resume(TradingStateBook.AccountScope, T0.AddMinutes(1), "ops", "back");
        var drained = new List<RiskEvent>();

        engine.DrainEvents(drained.Add);

        drained.Select(e => e.Time).ShouldBe([T0, T0.AddMinutes(1)]);
        engine.Events.ShouldBeEmpty();
        engine.Kill(T0.AddMinutes(2), "ops", "stop");
        engine.DrainEvents(drained.Add);
        drained.Count.ShouldBe(3);
        engine.Events.ShouldBeEmpty();
    }
}
