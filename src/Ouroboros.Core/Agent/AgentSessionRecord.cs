namespace Ouroboros.Core.Agent;

/// <summary>Paper trades a simulated or test account; live trades real money and must be asked for explicitly.</summary>
public enum AgentMode
{
    Paper,
    Live,
}

/// <summary>Where an agent session stands. A session killed without warning stays <see cref="Running"/> until restarted.</summary>
public enum AgentSessionStatus
{
    Running,

    /// <summary>Stopped by the operator (Ctrl-C, SIGTERM); the next start continues it.</summary>
    Stopped,

    /// <summary>Reached its end (replay exhausted, the until date or the day count); the next start begins a new session.</summary>
    Finished,
}

/// <summary>
/// One agent session, from its first start until it finishes: restarts continue it (same id, same account, same client
/// order id prefix), so its summary covers every restart. <see cref="Fingerprint"/> is a hash of what must not change
/// for a restart to continue it (strategy, parameters, data, cash, broker); a start with a different one is refused.
/// </summary>
public sealed record AgentSessionRecord(
    string SessionId,
    string Account,
    AgentMode Mode,
    string Broker,
    IReadOnlyList<string> Markets,
    string Strategy,
    string Fingerprint,
    string SettingsJson,
    string OrderIdPrefix,
    DateTimeOffset StartedAt,
    AgentSessionStatus Status,
    int Restarts,
    long SlicesDone,
    DateTimeOffset? LastSliceTime,
    DateTimeOffset? FinishedAt);
