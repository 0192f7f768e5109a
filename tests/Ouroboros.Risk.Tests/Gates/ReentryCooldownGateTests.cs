using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>After an exit, no new entry in the same instrument until the cooldown has passed.</summary>
public sealed class ReentryCooldownGateTests
{
    private readonly ReentryCooldownGate _gate = new(TimeSpan.FromMinutes(60));

    private static RiskCheck EntryAt(RiskHistory history, double minutes = 0) => Checks.Entry() with { History = history, Time = Minutes(minutes) };

    [Fact]
    public void Gate_is_named_reentry_cooldown()
    {
        _gate.Name.ShouldBe("reentry_cooldown");
        _gate.Cooldown.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Gate_allows_an_entry_in_an_instrument_that_was_never_exited() =>
        _gate.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_within_the_cooldown_and_says_when_it_ends()
    {
        var verdict = _gate.Evaluate(EntryAt(WithExit(Checks.Spy.Id, Minutes(-30))));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("reentry_cooldown");
        verdict.Reason.ShouldBe("no re-entry into US:SPY within 60 minutes of its exit at 2024-03-04 14:30:00Z; the cooldown ends at 2024-03-04 15:30:00Z");
        verdict.Figures.ShouldContain(new RiskFigure("cooldown_ends", "2024-03-04T15:30:00.0000000+00:00"));
        verdict.Figures.ShouldContain(new RiskFigure("last_exit", "2024-03-04T14:30:00.0000000+00:00"));
        verdict.Figures.ShouldContain(new RiskFigure("cooldown_minutes", "60"));
        verdict.Figures.ShouldContain(new RiskFigure("instrument", "US:SPY"));
    }

    [Fact]
    public void Gate_allows_an_entry_at_exactly_the_end_of_the_cooldown() =>
        _gate.Evaluate(EntryAt(WithExit(Checks.Spy.Id, Minutes(-60)))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_one_tick_before_the_end_of_the_cooldown()
    {
        var check = EntryAt(WithExit(Checks.Spy.Id, Minutes(-60))) with { Time = Minutes(0).AddTicks(-1) };
        _gate.Evaluate(check).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Gate_denies_a_short_entry_within_the_cooldown_too() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, history: WithExit(Checks.Spy.Id, Minutes(-1)))).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_treats_an_unknown_position_as_an_entry() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: null, history: WithExit(Checks.Spy.Id, Minutes(-1)))).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_allows_exits_during_the_cooldown()
    {
        var history = WithExit(Checks.Spy.Id, Minutes(-1));
        _gate.Evaluate(Checks.Exit() with { History = history }).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m, history: history)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_cools_down_only_the_instrument_that_was_exited() =>
        _gate.Evaluate(EntryAt(WithExit(Qqq.Id, Minutes(-1)))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_measures_from_the_latest_exit_of_the_instrument()
    {
        var history = WithExit(Checks.Spy.Id, Minutes(-120));
        history.RecordRoundTrip(Checks.Spy.Id, Minutes(-10), 5m);
        _gate.Evaluate(EntryAt(history)).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Gate_with_a_zero_cooldown_allows_an_entry_right_after_the_exit() =>
        new ReentryCooldownGate(TimeSpan.Zero).Evaluate(EntryAt(WithExit(Checks.Spy.Id, Minutes(0)))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Constructor_rejects_a_negative_cooldown() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ReentryCooldownGate(TimeSpan.FromMinutes(-1)));

    [Fact]
    public void Constructor_rejects_a_cooldown_longer_than_a_year() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ReentryCooldownGate(TimeSpan.FromDays(365).Add(TimeSpan.FromTicks(1))));

    [Fact]
    public void Constructor_accepts_a_cooldown_of_a_year() =>
        new ReentryCooldownGate(TimeSpan.FromDays(365)).Cooldown.ShouldBe(TimeSpan.FromDays(365));

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
