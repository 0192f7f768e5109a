using Ouroboros.Application.Operations;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Live.Agent;
using Ouroboros.Risk.State;

namespace Ouroboros.Application.Agents;

/// <summary>
/// Operator commands through the store: <c>risk kill|halt|resume</c> (from any process, later the dashboard and chat)
/// write a transition; the running agent polls for transitions an operator made after the last one it applied.
/// </summary>
internal sealed class StoreOperatorCommands(ITradingStateStore store) : IOperatorCommandSource
{
    public async Task<IReadOnlyList<OperatorCommand>> PollAsync(DateTimeOffset? after, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(null, 50, cancellationToken).ConfigureAwait(false);
        return [.. history.Where(t => IsOperators(t) && (after is null || t.Time > after)).OrderBy(t => t.Time).Select(ToCommand)];
    }

    // `risk kill` writes its own cause: polling only for "operator" let a kill from another process never reach the agent.
    private static bool IsOperators(TradingStateChanged t) =>
        t.Cause is TradingStateOperations.OperatorCause || (t.Cause is TradingStateOperations.KillSwitchCause && t.Killed);

    public static OperatorCommand ToCommand(TradingStateChanged t) => t switch
    {
        { Killed: true } => new KillCommand(t.Actor, t.Reason, t.Time),
        { To: TradingState.Halted } => new HaltCommand(t.Scope, t.Actor, t.Reason, t.Time),
        _ => new ResumeCommand(t.Scope, t.Actor, t.Reason, t.Time),
    };
}
