using System.Text.Json;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Application.Monitoring;

/// <summary>
/// What an agent session journaled: its orders, fills, equity curve, account, positions and notifications. A null
/// session id means the newest session of the journal, so a dashboard over a running agent needs no id.
/// </summary>
public sealed class AgentJournalQueries(IJournal journal, AgentStatusQuery status)
{
    public async Task<Page<AgentSessionRecord>> SessionsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var activity = ApplicationTelemetry.Start("sessions.list");
        var store = await journal.AgentsAsync(cancellationToken).ConfigureAwait(false);
        return page.Of(await store.SessionsAsync(page.Reach, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AgentSessionRecord> SessionAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        var store = await journal.AgentsAsync(cancellationToken).ConfigureAwait(false);
        if (sessionId is null)
            return (await store.SessionsAsync(1, cancellationToken).ConfigureAwait(false)) is [var newest, ..] ? newest
                : throw new NotFoundException("session", $"no agent session in {journal.Name} yet; start the agent first");
        return await store.SessionAsync(sessionId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("session", $"no agent session '{sessionId}' in {journal.Name}");
    }

    public async Task<IReadOnlyList<OrderSnapshot>> OrdersAsync(string? sessionId, CancellationToken cancellationToken = default) =>
        await (await OpenAsync(sessionId, cancellationToken).ConfigureAwait(false)).OrdersAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Fill>> FillsAsync(string? sessionId, CancellationToken cancellationToken = default) =>
        await (await OpenAsync(sessionId, cancellationToken).ConfigureAwait(false)).FillsAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<EquityPoint>> EquityAsync(string? sessionId, CancellationToken cancellationToken = default) =>
        await (await OpenAsync(sessionId, cancellationToken).ConfigureAwait(false)).EquityAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Notification>> NotificationsAsync(string? sessionId, int limit, CancellationToken cancellationToken = default) =>
        await (await OpenAsync(sessionId, cancellationToken).ConfigureAwait(false)).NotificationsAsync(limit, cancellationToken).ConfigureAwait(false);

    public async Task<AccountView> AccountAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("sessions.account");
        var session = await SessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var journalOf = (await journal.AgentsAsync(cancellationToken).ConfigureAwait(false)).OpenSession(session.SessionId);
        var curve = await journalOf.EquityAsync(cancellationToken).ConfigureAwait(false);
        var last = await journalOf.LastCheckpointAsync(cancellationToken).ConfigureAwait(false);
        var dayPnl = (await status.ExecuteAsync(1, cancellationToken).ConfigureAwait(false)).Running
            .FirstOrDefault(r => r.Alive && r.Heartbeat.SessionId == session.SessionId)?.Status?.DayPnl;
        if (last is null || curve.Count == 0)
            return new AccountView(session.SessionId, session.Account, null, null, null, null, null, null, null, null, dayPnl);
        var today = DateOnly.FromDateTime(last.SliceTime.UtcDateTime);
        var week = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var month = new DateOnly(today.Year, today.Month, 1);
        return new AccountView(session.SessionId, session.Account, last.SliceTime, last.Cash, last.Equity, curve[0].Equity,
            last.Equity - curve[0].Equity, Since(curve, today, last.Equity), Since(curve, week, last.Equity), Since(curve, month, last.Equity), dayPnl);
    }

    public async Task<PositionsView> PositionsAsync(string? sessionId, CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("sessions.positions");
        var session = await SessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        var last = await (await journal.AgentsAsync(cancellationToken).ConfigureAwait(false)).OpenSession(session.SessionId)
            .LastCheckpointAsync(cancellationToken).ConfigureAwait(false);
        if (last is null) return new PositionsView(session.SessionId, null, null);
        var held = JsonSerializer.Deserialize<Dictionary<string, decimal>>(last.PositionsJson) ?? [];
        return new PositionsView(session.SessionId, last.SliceTime,
            [.. held.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PositionRow(p.Key, p.Value))]);
    }

    private async Task<ISessionJournal> OpenAsync(string? sessionId, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return (await journal.AgentsAsync(cancellationToken).ConfigureAwait(false)).OpenSession(session.SessionId);
    }

    /// <summary>Equity now minus equity at the last point before <paramref name="start"/> (the first point when none is before it).</summary>
    private static decimal Since(IReadOnlyList<EquityPoint> curve, DateOnly start, decimal now)
    {
        var begin = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var before = curve[0];
        foreach (var point in curve)
            if (point.Time < begin) before = point;
        return now - before.Equity;
    }
}
