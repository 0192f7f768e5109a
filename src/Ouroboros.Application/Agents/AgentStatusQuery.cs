using System.Text.Json;
using Ouroboros.Core.Agent;
using Ouroboros.Live.Agent;

namespace Ouroboros.Application.Agents;

/// <summary>
/// Every agent running on this journal (its lease and its last heartbeat) and the latest sessions, for
/// <c>ouroboros status</c> and, later, the dashboard. A heartbeat older than the lease time means the agent is gone.
/// </summary>
public sealed class AgentStatusQuery(IJournal journal, TimeProvider clock)
{
    public async Task<AgentStatusReport> ExecuteAsync(int sessions = 5, CancellationToken cancellationToken = default)
    {
        var store = await journal.AgentsAsync(cancellationToken).ConfigureAwait(false);
        var beats = await store.HeartbeatsAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var running = beats.Select(b => new RunningAgent(b, now - b.At, now - b.At <= RunAgent.LeaseTime, Parse(b.StatusJson))).ToList();
        var recent = await store.SessionsAsync(sessions, cancellationToken).ConfigureAwait(false);
        return new AgentStatusReport(running, recent, journal.Path);
    }

    private static AgentStatus? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AgentStatus>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The agents of a journal: those holding a lease, with how old their heartbeat is, and the latest sessions.</summary>
public sealed record AgentStatusReport(IReadOnlyList<RunningAgent> Running, IReadOnlyList<AgentSessionRecord> Sessions, string Journal);

/// <summary>An agent's heartbeat; <see cref="Alive"/> is false when it is older than the lease (the agent died).</summary>
public sealed record RunningAgent(AgentHeartbeat Heartbeat, TimeSpan Age, bool Alive, AgentStatus? Status);
