using Ouroboros.Core.Agent;

namespace Ouroboros.TestKit.Storage;

/// <summary>
/// Agents in memory, held to the same contracts as the SQLite store (<c>AgentStoreContract</c>,
/// <c>SessionJournalContract</c>). Opening a session twice gives the same journal, as a file would.
/// </summary>
public sealed class InMemoryAgentStore : IAgentStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AgentSessionRecord> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentLease> _leases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentHeartbeat> _heartbeats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InMemorySessionJournal> _journals = new(StringComparer.Ordinal);

    public Task<AgentSessionRecord?> LatestSessionAsync(string account, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        lock (_gate) return Task.FromResult(Newest(_sessions.Values.Where(s => s.Account == account)).FirstOrDefault());
    }

    public Task<AgentSessionRecord?> SessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        lock (_gate) return Task.FromResult(_sessions.GetValueOrDefault(sessionId));
    }

    public Task<IReadOnlyList<AgentSessionRecord>> SessionsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        lock (_gate) return Task.FromResult<IReadOnlyList<AgentSessionRecord>>([.. Newest(_sessions.Values).Take(limit)]);
    }

    public Task SaveSessionAsync(AgentSessionRecord session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.SessionId, nameof(session));
        ArgumentException.ThrowIfNullOrWhiteSpace(session.Account, nameof(session));
        lock (_gate) _sessions[session.SessionId] = session with { Markets = [.. session.Markets] };
        return Task.CompletedTask;
    }

    public Task<LeaseGrant> TryAcquireLeaseAsync(AgentLease lease, CancellationToken cancellationToken)
    {
        Validate(lease);
        lock (_gate)
        {
            if (_leases.TryGetValue(lease.Account, out var holder) && holder.ExpiresAt > lease.AcquiredAt && holder.SessionId != lease.SessionId)
                return Task.FromResult(new LeaseGrant(false, holder));
            _leases[lease.Account] = lease;
            return Task.FromResult(new LeaseGrant(true, lease));
        }
    }

    public Task<bool> RenewLeaseAsync(AgentLease lease, CancellationToken cancellationToken)
    {
        Validate(lease);
        lock (_gate)
        {
            if (!_leases.TryGetValue(lease.Account, out var holder) || holder.SessionId != lease.SessionId) return Task.FromResult(false);
            _leases[lease.Account] = holder with { ExpiresAt = lease.ExpiresAt };
            return Task.FromResult(true);
        }
    }

    public Task ReleaseLeaseAsync(string account, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        lock (_gate)
        {
            if (_leases.TryGetValue(account, out var holder) && holder.SessionId == sessionId) _leases.Remove(account);
        }

        return Task.CompletedTask;
    }

    public Task WriteHeartbeatAsync(AgentHeartbeat heartbeat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        ArgumentException.ThrowIfNullOrWhiteSpace(heartbeat.SessionId, nameof(heartbeat));
        lock (_gate) _heartbeats[heartbeat.SessionId] = heartbeat with { Markets = [.. heartbeat.Markets] };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AgentHeartbeat>> HeartbeatsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<AgentHeartbeat> leased = [.. _heartbeats.Values
                .Where(h => _leases.TryGetValue(h.Account, out var lease) && lease.SessionId == h.SessionId)
                .OrderByDescending(h => h.At).ThenBy(h => h.SessionId, StringComparer.Ordinal)];
            return Task.FromResult(leased);
        }
    }

    public ISessionJournal OpenSession(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        lock (_gate)
        {
            if (!_journals.TryGetValue(sessionId, out var journal)) _journals[sessionId] = journal = new InMemorySessionJournal(sessionId);
            return journal;
        }
    }

    private static IEnumerable<AgentSessionRecord> Newest(IEnumerable<AgentSessionRecord> sessions) =>
        sessions.OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.SessionId, StringComparer.Ordinal);

    private static void Validate(AgentLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrWhiteSpace(lease.Account, nameof(lease));
        ArgumentException.ThrowIfNullOrWhiteSpace(lease.SessionId, nameof(lease));
        if (lease.ExpiresAt < lease.AcquiredAt) throw new ArgumentException($"The lease of '{lease.Account}' expires before it is acquired.", nameof(lease));
    }
}
