using Ouroboros.Risk.Tests.Support;
using Ouroboros.Risk.Triggers;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Tests.Triggers;

/// <summary>The NAV floor watch alerts when equity crosses below 80% of the initial 100,000 and when it recovers, not on every mark.</summary>
public sealed class NavFloorWatchTests
{
    private static readonly DateTimeOffset T0 = Checks.T0;
    private readonly List<RiskEvent> _events = [];
    private readonly NavFloorWatch _watch;

    public NavFloorWatchTests() => _watch = new NavFloorWatch(0.80m, _events);

    private void Mark(decimal? equity, int minutes = 0, decimal? initial = 100_000m) => _watch.Observe(T0.AddMinutes(minutes), equity, initial);

    [Fact]
    public void Equity_at_exactly_the_floor_raises_no_alert()
    {
        Mark(100_000m);
        Mark(80_000m, 1);

        _events.ShouldBeEmpty();
    }

    [Fact]
    public void Falling_below_the_floor_raises_one_alert()
    {
        Mark(90_000m);
        Mark(79_999.99m, 1);

        var alert = _events.ShouldHaveSingleItem();
        alert.Kind.ShouldBe(RiskEventKind.Alert);
        alert.Source.ShouldBe(NavFloorWatch.Source);
        alert.Scope.ShouldBe("account");
        alert.Time.ShouldBe(T0.AddMinutes(1));
        alert.Message.ShouldStartWith("equity 79999.99 fell below the NAV floor 80000 (");
        alert.Message.ShouldEndWith("of initial 100000); new buys are stopped");
        FiguresOf(alert).ShouldBe(new Dictionary<string, string> { ["equity"] = "79999.99", ["floor"] = "80000", ["initial_equity"] = "100000" });
    }

    [Fact]
    public void Further_marks_below_the_floor_raise_no_more_alerts()
    {
        Mark(79_000m);
        Mark(70_000m, 1);
        Mark(75_000m, 2);
        Mark(60_000m, 3);

        _events.Count.ShouldBe(1);
    }

    [Fact]
    public void Recovering_to_the_floor_raises_one_alert_and_a_new_fall_raises_another()
    {
        Mark(79_000m);
        Mark(80_000m, 1);
        Mark(85_000m, 2);
        Mark(79_500m, 3);

        _events.Count.ShouldBe(3);
        _events[1].Message.ShouldBe("equity 80000 is back above the NAV floor 80000; new buys are allowed again");
        _events[1].Time.ShouldBe(T0.AddMinutes(1));
        _events[2].Message.ShouldStartWith("equity 79500 fell below");
    }

    [Fact]
    public void Marks_that_cannot_be_compared_with_the_floor_are_ignored()
    {
        Mark(79_000m);
        Mark(null, 1);
        Mark(90_000m, 2, initial: null);
        Mark(90_000m, 3, initial: 0m);

        _events.Count.ShouldBe(1);
        Mark(90_000m, 4);
        _events.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_floor_outside_0_to_1_is_refused(double floor) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new NavFloorWatch((decimal)floor, []));

    [Fact]
    public void The_engine_alerts_on_crossing_the_floor_from_the_equity_of_its_checks()
    {
        var engine = NewEngine();

        engine.Evaluate(Checks.Entry(equity: 79_000m, dayStart: 79_000m));
        engine.Evaluate(Checks.Entry(equity: 78_000m, dayStart: 79_000m));
        engine.ObserveEquity(new DateOnly(2024, 3, 4), T0.AddMinutes(5), 81_000m, 79_000m, 100_000m);

        engine.Events.Alerts().Select(a => a.Source).ShouldBe(["nav_floor", "nav_floor"]);
        engine.Events.StateChanges().ShouldBeEmpty();
    }
}
