namespace Ouroboros.Core.Agent;

/// <summary>
/// The agents of one journal: their sessions, the lease that keeps two agents off one account, and the heartbeats
/// <c>status</c> reads. Implementations: SQLite (default). Every method is safe to call from several processes.
/// </summary>
public interface IAgentStore
{
    /// <summary>The newest session of <paramref name="account"/> (any status), or null.</summary>
    Task<AgentSessionRecord?> LatestSessionAsync(string account, CancellationToken cancellationToken);

    Task<AgentSessionRecord?> SessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AgentSessionRecord>> SessionsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the session's row.</summary>
    Task SaveSessionAsync(AgentSessionRecord session, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the account's lease when nobody holds it, when the holder's lease expired, or when the holder is this same
    /// session (a restart). Atomic: of two agents racing for one account, exactly one is granted.
    /// </summary>
    Task<LeaseGrant> TryAcquireLeaseAsync(AgentLease lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease; false when it was taken over meanwhile (the agent must then stop trading).</summary>
    Task<bool> RenewLeaseAsync(AgentLease lease, CancellationToken cancellationToken);

    Task ReleaseLeaseAsync(string account, string sessionId, CancellationToken cancellationToken);

    /// <summary>Replaces the session's heartbeat (its status as <c>status</c> shows it).</summary>
    Task WriteHeartbeatAsync(AgentHeartbeat heartbeat, CancellationToken cancellationToken);

    /// <summary>The heartbeat of every session that holds a lease, newest first.</summary>
    Task<IReadOnlyList<AgentHeartbeat>> HeartbeatsAsync(CancellationToken cancellationToken);

    /// <summary>The journal of one session: orders, fills, checkpoints, jobs, inputs, notifications.</summary>
    ISessionJournal OpenSession(string sessionId);
}

/// <summary>A claim on an account by one session of one process until <see cref="ExpiresAt"/>.</summary>
public sealed record AgentLease(string Account, string SessionId, int ProcessId, string Host, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt)
{
    /// <summary>This process's lease on the session's account from <paramref name="now"/> for <paramref name="length"/>.</summary>
    public static AgentLease For(AgentSessionRecord session, DateTimeOffset now, TimeSpan length)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(session.Account, session.SessionId, Environment.ProcessId, Environment.MachineName, now, now + length);
    }
}

/// <summary>Granted, or refused with the lease that is in the way.</summary>
public sealed record LeaseGrant(bool Granted, AgentLease? Holder);

/// <summary>
/// What <c>status</c> shows of a running agent. <see cref="StatusJson"/> is the agent's own snapshot (state per market,
/// last bar per feed, open orders, positions, today's P&amp;L) as JSON, so the store need not know its shape.
/// </summary>
public sealed record AgentHeartbeat(string SessionId, string Account, int ProcessId, string Mode, string Broker, IReadOnlyList<string> Markets,
    DateTimeOffset At, string StatusJson);
