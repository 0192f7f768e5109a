using Ouroboros.Core.Inbox;

namespace Ouroboros.Live.Agent;

/// <summary>
/// Operator commands for a running agent (written by <c>risk kill|halt|resume</c> from another process, the dashboard,
/// a chat bot). Each command is returned once; <paramref name="after"/> is the newest command already applied, so a
/// restart does not apply a command twice.
/// </summary>
public interface IOperatorCommandSource
{
    Task<IReadOnlyList<OperatorCommand>> PollAsync(DateTimeOffset? after, CancellationToken cancellationToken);
}
