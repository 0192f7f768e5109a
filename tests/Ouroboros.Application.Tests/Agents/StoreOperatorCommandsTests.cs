using Ouroboros.Application.Agents;
using Ouroboros.Application.Operations;
using Ouroboros.Core.Inbox;
using Ouroboros.Risk.State;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Application.Tests.Agents;

public sealed class StoreOperatorCommandsTests
{
    private static readonly DateTimeOffset T0 = FakeClock.DefaultStart;

    private static TradingStateChanged Move(int minute, string scope, TradingState to, bool killed = false, string cause = TradingStateOperations.OperatorCause) =>
        new(T0.AddMinutes(minute), scope, to == TradingState.Active ? TradingState.Halted : TradingState.Active, to, killed, cause, $"reason {minute}", "cli");

    private static async Task<StoreOperatorCommands> SourceAsync(params TradingStateChanged[] moves)
    {
        var store = new InMemoryTradingStateStore(new FakeClock());
        foreach (var m in moves) await store.SaveTransitionAsync(m, CancellationToken.None);
        return new StoreOperatorCommands(store);
    }

    [Fact]
    public async Task A_new_session_gets_only_the_halts_and_kills_still_in_force_not_the_history()
    {
        var source = await SourceAsync(
            Move(1, "account", TradingState.Halted, killed: true, cause: TradingStateOperations.KillSwitchCause),
            Move(2, "account", TradingState.Active),
            Move(3, "KRX", TradingState.Halted),
            Move(4, "NYSE", TradingState.Halted),
            Move(5, "NYSE", TradingState.Active),
            Move(6, "account", TradingState.Halted, cause: "circuit breaker"));

        var commands = await source.PollAsync(null, CancellationToken.None);

        commands.ShouldHaveSingleItem().ShouldBeOfType<HaltCommand>().Scope.ShouldBe("KRX", "the account's last operator move was a resume; the engine's own halt is not an operator's");
    }

    [Fact]
    public async Task A_kill_still_in_force_reaches_a_new_session_as_a_kill()
    {
        var source = await SourceAsync(Move(1, "account", TradingState.Halted, killed: true, cause: TradingStateOperations.KillSwitchCause));

        (await source.PollAsync(null, CancellationToken.None)).ShouldHaveSingleItem().ShouldBeOfType<KillCommand>();
    }

    [Fact]
    public async Task A_running_session_gets_every_operator_command_after_its_last_in_order()
    {
        var source = await SourceAsync(Move(1, "account", TradingState.Halted), Move(2, "account", TradingState.Active), Move(3, "KRX", TradingState.Halted));

        var commands = await source.PollAsync(T0.AddMinutes(1), CancellationToken.None);

        commands.Select(c => c.GetType().Name).ShouldBe([nameof(ResumeCommand), nameof(HaltCommand)]);
    }
}
