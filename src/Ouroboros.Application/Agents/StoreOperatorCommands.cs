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
public sealed class StoreOperatorCommands(ITradingStateStore store) : IOperatorCommandSource
{
    public async Task<IReadOnlyList<OperatorCommand>> PollAsync(DateTimeOffset? after, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(null, 50, cancellationToken).ConfigureAwait(false);
        var operators = history.Where(IsOperators).OrderBy(t => t.Time);
        if (after is { } since) return [.. operators.Where(t => t.Time > since).Select(ToCommand)];
        // A new session starts from the state operators left, not from their history: per scope, only a halt or kill
        // still in force is applied (once), so earlier sessions' commands are neither announced again nor replayed.
        return [.. operators.GroupBy(t => t.Scope, StringComparer.Ordinal).Select(g => g.Last())
            .Where(t => t.Killed || t.To == TradingState.Halted).Select(ToCommand)];
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
