using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Events;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.TestKit.Contracts;

/// <summary>The operator-visible trading state: what every implementation must do, whatever it stores in. Derive one class per implementation.</summary>
public abstract class TradingStateStoreContract
{
    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<ITradingStateStore> OpenAsync(TimeProvider clock);

    private static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7);
    private static readonly FakeClock Clock = new(T0.AddSeconds(1));

    [Fact]
    public async Task A_new_database_has_no_stored_state_and_no_history()
    {
        var store = await OpenAsync(Clock);

        (await store.LoadStatesAsync(CancellationToken.None)).ShouldBeEmpty();
        (await store.HistoryAsync(null, 10, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_halt_is_still_there_after_the_database_is_reopened_so_a_restart_does_not_resume()
    {
        var store = await OpenAsync(Clock);
        await store.SaveTransitionAsync(Move("KRX", TradingState.Active, TradingState.Halted, T0, "operator", "exchange outage"), CancellationToken.None);

        var restarted = await OpenAsync(new FakeClock(T0.AddDays(1)));
        var state = (await restarted.LoadStatesAsync(CancellationToken.None)).ShouldHaveSingleItem();

        state.ShouldBe(new ScopeStateRecord("KRX", TradingState.Halted, false, T0, "operator", "exchange outage", T0.AddSeconds(1)));
        var book = new TradingStateBook(new List<RiskEvent>());
        book.Restore(state.ToScopeState());
        book.Effective("KRX").State.ShouldBe(TradingState.Halted);
        book.Effective("NYSE").State.ShouldBe(TradingState.Active);
    }

    [Fact]
    public async Task A_kill_is_stored_with_its_flag_and_a_later_resume_clears_it()
    {
        var store = await OpenAsync(Clock);

        await store.SaveTransitionAsync(Move("account", TradingState.Active, TradingState.Halted, T0, "kill switch", "runaway orders", killed: true), CancellationToken.None);
        (await store.LoadStatesAsync(CancellationToken.None)).ShouldHaveSingleItem().Killed.ShouldBeTrue();

        await store.SaveTransitionAsync(Move("account", TradingState.Halted, TradingState.Active, T0.AddHours(1), "operator", "fixed"), CancellationToken.None);
        var state = (await store.LoadStatesAsync(CancellationToken.None)).ShouldHaveSingleItem();
        state.State.ShouldBe(TradingState.Active);
        state.Killed.ShouldBeFalse();
        state.Since.ShouldBe(T0.AddHours(1));
        (await store.HistoryAsync("account", 10, CancellationToken.None)).Select(t => t.Killed).ShouldBe([false, true]);
    }

    [Fact]
    public async Task History_is_newest_first_even_when_two_transitions_share_an_instant_and_honours_scope_and_limit()
    {
        var store = await OpenAsync(Clock);
        TradingStateChanged[] moves =
        [
            Move("account", TradingState.Active, TradingState.Reducing, T0, "DailyLossLimit", "daily P&L -5.1%"),
            Move("KRX", TradingState.Active, TradingState.Halted, T0.AddMinutes(1), "operator", "halt KRX"),
            Move("account", TradingState.Reducing, TradingState.Halted, T0.AddMinutes(2), "CircuitBreaker", "daily P&L -3.2%"),
            Move("KRX", TradingState.Halted, TradingState.Active, T0.AddMinutes(2), "operator", "resume KRX"),
        ];
        foreach (var m in moves) await store.SaveTransitionAsync(m, CancellationToken.None);

        (await store.HistoryAsync(null, 10, CancellationToken.None)).ShouldBe([moves[3], moves[2], moves[1], moves[0]]);
        (await store.HistoryAsync("krx", 10, CancellationToken.None)).ShouldBe([moves[3], moves[1]]);
        (await store.HistoryAsync(null, 2, CancellationToken.None)).ShouldBe([moves[3], moves[2]]);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.HistoryAsync(null, 0, CancellationToken.None));
    }

    [Fact]
    public async Task Scopes_compare_without_case_and_the_account_is_listed_first()
    {
        var store = await OpenAsync(Clock);
        await store.SaveTransitionAsync(Move("NYSE", TradingState.Active, TradingState.Halted, T0, "operator", "a"), CancellationToken.None);
        await store.SaveTransitionAsync(Move("krx", TradingState.Active, TradingState.Halted, T0, "operator", "b"), CancellationToken.None);
        await store.SaveTransitionAsync(Move("KRX", TradingState.Halted, TradingState.Reducing, T0.AddMinutes(1), "operator", "c"), CancellationToken.None);
        await store.SaveTransitionAsync(Move("account", TradingState.Active, TradingState.Reducing, T0, "DailyLossLimit", "d"), CancellationToken.None);

        var states = await store.LoadStatesAsync(CancellationToken.None);

        states.Select(s => (s.Scope.ToUpperInvariant(), s.State)).ShouldBe([("ACCOUNT", TradingState.Reducing), ("KRX", TradingState.Reducing), ("NYSE", TradingState.Halted)]);
    }

    [Fact]
    public async Task A_transition_without_an_actor_is_refused_and_nothing_is_written()
    {
        var store = await OpenAsync(Clock);

        var error = await Should.ThrowAsync<ArgumentException>(
            () => store.SaveTransitionAsync(Move("KRX", TradingState.Active, TradingState.Halted, T0, "operator", "x") with { Actor = " " }, CancellationToken.None));

        error.Message.ShouldContain("actor");
        (await store.LoadStatesAsync(CancellationToken.None)).ShouldBeEmpty();
    }

    private static TradingStateChanged Move(string scope, TradingState from, TradingState to, DateTimeOffset time, string cause, string reason, bool killed = false) =>
        new(time, scope, from, to, killed, cause, reason, "test:" + cause);
}
