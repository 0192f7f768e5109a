using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Events;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.State;

namespace Ouroboros.Risk.Tests.State;

/// <summary>
/// A state move is one typed record from the engine to the journal: its message keeps the sentence reports always
/// printed, and "was this a move to HALTED" is answered from the type, never from the text.
/// </summary>
public sealed class TradingStateChangedTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 4, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_message_is_the_sentence_the_reports_always_printed()
    {
        var change = new TradingStateChanged(T0, "account", TradingState.Active, TradingState.Halted, false, "circuit_breaker", "daily P&L -3.40%", "risk:circuit_breaker");

        change.Message.ShouldBe("account: ACTIVE → HALTED (circuit_breaker): daily P&L -3.40%");
        RiskEvent.Of(change).ShouldBe(new RiskEvent(T0, RiskEventKind.StateChanged, "account", "circuit_breaker", change.Message, "{}") { StateChange = change });
    }

    [Fact]
    public void The_engine_journals_a_kill_as_a_typed_move_owned_by_the_operator()
    {
        var engine = new RiskEngine([], RiskPolicy.Hard);

        engine.Kill(T0, "cli:alice", "runaway orders");

        var riskEvent = engine.Events.ShouldHaveSingleItem();
        riskEvent.StateChange.ShouldBe(new TradingStateChanged(T0, TradingStateBook.AccountScope, TradingState.Active, TradingState.Halted, true,
            "kill_switch", "runaway orders (by cli:alice)", "cli:alice"));
        riskEvent.Message.ShouldBe("account: ACTIVE → HALTED (kill_switch): runaway orders (by cli:alice)");
        riskEvent.IsMoveTo(TradingState.Halted).ShouldBeTrue();
    }

    [Fact]
    public void A_move_the_engine_makes_by_itself_is_owned_by_the_engine()
    {
        var events = new List<RiskEvent>();
        var book = new TradingStateBook(events);

        book.Move("KRX", TradingState.Reducing, T0, "daily_loss_limit", "daily P&L -2%", [new RiskFigure("daily_pnl", "-0.02")]);

        var change = events.ShouldHaveSingleItem().StateChange.ShouldNotBeNull();
        change.Actor.ShouldBe("risk:daily_loss_limit");
        events[0].Figures.ShouldBe("""{"daily_pnl":"-0.02"}""");
    }

    [Fact]
    public void An_alert_that_mentions_halted_is_not_a_move_to_halted()
    {
        var alert = new RiskEvent(T0, RiskEventKind.Alert, "account", "nav_floor", "account: ACTIVE → HALTED (soon): equity falling", "{}");

        alert.IsMoveTo(TradingState.Halted).ShouldBeFalse();
    }

    [Fact]
    public void Is_move_to_answers_from_the_target_state_for_any_move()
    {
        var states = Enum.GetValues<TradingState>();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(
            (from before in Gen.Elements(states) from after in Gen.Elements(states) from asked in Gen.Elements(states) from killed in Gen.Elements(true, false)
             select (before, after, asked, killed)).ToArbitrary(), c =>
        {
            var riskEvent = RiskEvent.Of(new TradingStateChanged(T0, "KRX", c.before, c.after, c.killed, "operator", "why", "cli:bob"));
            riskEvent.IsMoveTo(c.asked).ShouldBe(c.after == c.asked);
            riskEvent.Message.ShouldContain($"→ {c.after.ToString().ToUpperInvariant()} (", Case.Sensitive);
        }));
    }
}
