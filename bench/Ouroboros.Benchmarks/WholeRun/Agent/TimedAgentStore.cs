using Ouroboros.Core.Agent;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>The real agent store, whose session journals are <see cref="TimedSessionJournal"/>s.</summary>
public sealed class TimedAgentStore(IAgentStore inner, SendLatencyProbe probe) : IAgentStore
{
    public Task<AgentSessionRecord?> LatestSessionAsync(string account, CancellationToken cancellationToken) => inner.LatestSessionAsync(account, cancellationToken);
    public Task<AgentSessionRecord?> SessionAsync(string sessionId, CancellationToken cancellationToken) => inner.SessionAsync(sessionId, cancellationToken);
    public Task<IReadOnlyList<AgentSessionRecord>> SessionsAsync(int limit, CancellationToken cancellationToken) => inner.SessionsAsync(limit, cancellationToken);
    public Task SaveSessionAsync(AgentSessionRecord session, CancellationToken cancellationToken) => inner.SaveSessionAsync(session, cancellationToken);
    public Task<LeaseGrant> TryAcquireLeaseAsync(AgentLease lease, CancellationToken cancellationToken) => inner.TryAcquireLeaseAsync(lease, cancellationToken);
    public Task<bool> RenewLeaseAsync(AgentLease lease, CancellationToken cancellationToken) => inner.RenewLeaseAsync(lease, cancellationToken);
    public Task ReleaseLeaseAsync(string account, string sessionId, CancellationToken cancellationToken) => inner.ReleaseLeaseAsync(account, sessionId, cancellationToken);
    public Task WriteHeartbeatAsync(AgentHeartbeat heartbeat, CancellationToken cancellationToken) => inner.WriteHeartbeatAsync(heartbeat, cancellationToken);
    public Task<IReadOnlyList<AgentHeartbeat>> HeartbeatsAsync(CancellationToken cancellationToken) => inner.HeartbeatsAsync(cancellationToken);
    public ISessionJournal OpenSession(string sessionId) => new TimedSessionJournal(inner.OpenSession(sessionId), probe);
}
