using Ouroboros.Live.Scheduling;
using Ouroboros.Core.Inbox;
using Ouroboros.Live.Agent;

namespace Ouroboros.Live.Tests.Recovery;

/// <summary>
/// An operator who halts the account when the session is about to replay slice <paramref name="atSlice"/>: the
/// command reaches the store then (the agent's daily-cycle hook shows how far it got), and the store returns it to
/// every poll newer than <c>after</c>, as the real store does, across restarts.
/// </summary>
internal sealed class HaltingOperator(long atSlice) : IOperatorCommandSource, IAgentCycle
{
    private static readonly DateTimeOffset IssuedAt = new(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private HaltCommand? _stored;

    public HaltCommand Command { get; } = new("account", "ops", "halt from the test", IssuedAt);

    public int Returned { get; private set; }

    public Task<IReadOnlyList<ScheduledJob>> RunJobsAsync(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, AgentStatus status, CancellationToken cancellationToken)
    {
        if (status.SlicesDone + 1 >= atSlice) _stored = Command;
        return Task.FromResult<IReadOnlyList<ScheduledJob>>([]);
    }

    public Task<IReadOnlyList<OperatorCommand>> PollAsync(DateTimeOffset? after, CancellationToken cancellationToken)
    {
        if (_stored is null || after >= _stored.Time) return Task.FromResult<IReadOnlyList<OperatorCommand>>([]);
        Returned++;
        return Task.FromResult<IReadOnlyList<OperatorCommand>>([_stored]);
    }
}
