using Ouroboros.Application.Operations;
using Ouroboros.Core.Errors;
using Ouroboros.Risk.State;

namespace Ouroboros.Application.Tests.Operations;

/// <summary>Halt, resume, kill and history through a real SQLite journal in a temp directory.</summary>
public sealed class TradingStateOperationsTests
{
    [Fact]
    public async Task A_fresh_journal_has_an_implicit_active_account_and_every_limit_at_its_hard_value()
    {
        using var app = new TestApplication();

        var status = await app.TradingStates().StatusAsync();

        var account = status.States.ShouldHaveSingleItem();
        account.Stored.ShouldBeFalse();
        account.State.State.ShouldBe(TradingState.Active);
        status.Limits.ShouldNotBeEmpty();
        status.Limits.ShouldAllBe(l => !l.Tightened);
        status.Journal.ShouldBe(app.Path);
    }

    [Fact]
    public async Task A_halted_market_stays_halted_in_the_journal_until_it_is_resumed()
    {
        using var app = new TestApplication();
        var ops = app.TradingStates();

        var halt = await ops.HaltAsync(new ChangeTradingStateRequest("krx", "exchange outage", "test:ops"));
        var again = await ops.HaltAsync(new ChangeTradingStateRequest("KRX", "still out", "test:ops"));
        var afterRestart = await app.TradingStates().StatusAsync();
        var resume = await ops.ResumeAsync(new ChangeTradingStateRequest("KRX", "back", "test:ops"));

        halt.Transition.ShouldNotBeNull().To.ShouldBe(TradingState.Halted);
        halt.Transition.Scope.ShouldBe("KRX");
        again.Changed.ShouldBeFalse();
        again.Before.Reason.ShouldBe("exchange outage");
        afterRestart.States.Single(s => s.State.Scope == "KRX").State.State.ShouldBe(TradingState.Halted);
        resume.Transition.ShouldNotBeNull().To.ShouldBe(TradingState.Active);
        var history = await ops.HistoryAsync(new TradingStateHistoryRequest("KRX"));
        history.Transitions.Select(t => t.Reason).ShouldBe(["back", "exchange outage"]);
        history.Transitions.ShouldAllBe(t => t.Actor == "test:ops");
    }

    [Fact]
    public async Task The_kill_switch_halts_and_kills_the_account_once()
    {
        using var app = new TestApplication();
        var ops = app.TradingStates();

        var kill = await ops.KillAsync(new KillRequest("runaway strategy", "test:ops"));
        var again = await ops.KillAsync(new KillRequest("again", "test:ops"));

        kill.Transition.ShouldNotBeNull().Killed.ShouldBeTrue();
        kill.Transition.To.ShouldBe(TradingState.Halted);
        again.Changed.ShouldBeFalse();
        (await ops.StatusAsync()).States.Single(s => s.State.Scope == TradingStateOperations.Account).State.Killed.ShouldBeTrue();
    }

    [Fact]
    public async Task Bad_input_is_refused_before_the_journal_changes()
    {
        using var app = new TestApplication();
        var ops = app.TradingStates();

        (await Should.ThrowAsync<InvalidInputException>(() => ops.HaltAsync(new ChangeTradingStateRequest("MARS", "x", "t")))).Input.ShouldBe("market");
        (await Should.ThrowAsync<InvalidInputException>(() => ops.HaltAsync(new ChangeTradingStateRequest(null, "  ", "t")))).Input.ShouldBe("reason");
        (await Should.ThrowAsync<InvalidInputException>(() => ops.HistoryAsync(new TradingStateHistoryRequest(null, 0)))).Input.ShouldBe("limit");
        (await Should.ThrowAsync<InvalidInputException>(() => ops.HistoryAsync(new TradingStateHistoryRequest("MARS")))).Template.ShouldContain("or account");
        (await ops.HistoryAsync(new TradingStateHistoryRequest(null))).Transitions.ShouldBeEmpty();
    }
}
