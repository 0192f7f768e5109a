using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Application.Agents;

/// <summary>
/// The newest agent session of a journal as chat front ends show it: its last checkpoint (cash, equity, positions),
/// equity curve, latest fills and notifications. Null session: no agent has run on this journal.
/// </summary>
public sealed class AgentJournalQuery(IJournal journal)
{
    public async Task<AgentJournalView> ExecuteAsync(int fills = 10, int notifications = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fills);
        ArgumentOutOfRangeException.ThrowIfNegative(notifications);
        using var activity = ApplicationTelemetry.Start("agent.journal");
        var store = await journal.AgentsAsync(cancellationToken).ConfigureAwait(false);
        var sessions = await store.SessionsAsync(1, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0) return new AgentJournalView(null, null, [], [], [], journal.Path);
        var session = sessions[0];
        var recorded = store.OpenSession(session.SessionId);
        var checkpoint = await recorded.LastCheckpointAsync(cancellationToken).ConfigureAwait(false);
        var equity = await recorded.EquityAsync(cancellationToken).ConfigureAwait(false);
        var allFills = await recorded.FillsAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Notification> told = notifications == 0 ? [] : await recorded.NotificationsAsync(notifications, cancellationToken).ConfigureAwait(false);
        return new AgentJournalView(session, checkpoint, equity, [.. allFills.TakeLast(fills)], told, journal.Path);
    }
}

/// <summary>
/// What <see cref="AgentJournalQuery"/> read. <see cref="Checkpoint"/> is null until the session finished a slice;
/// <see cref="Fills"/> are the latest, oldest first; <see cref="Notifications"/> newest first.
/// </summary>
public sealed record AgentJournalView(
    AgentSessionRecord? Session,
    AgentCheckpoint? Checkpoint,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<Fill> Fills,
    IReadOnlyList<Notification> Notifications,
    string Journal);
