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
        return [.. history.Where(t => IsOperator(t) && (after is null || t.Time > after)).OrderBy(t => t.Time).Select(ToCommand)];
    }

    // The causes the operator commands write (Operations/TradingStateOperations): a halt or resume is "operator", the
    // kill switch "kill switch"; the risk engine's own transitions (circuit breaker, its "kill_switch", ...) are not commands.
    private static bool IsOperator(TradingStateChanged t) => t.Cause is "operator" || (t.Cause is "kill switch" && t.Killed);

    public static OperatorCommand ToCommand(TradingStateChanged t) => t switch
    {
        { Killed: true } => new KillCommand(t.Actor, t.Reason, t.Time),
        { To: TradingState.Halted } => new HaltCommand(t.Scope, t.Actor, t.Reason, t.Time),
        _ => new ResumeCommand(t.Scope, t.Actor, t.Reason, t.Time),
    };
}
