using System.Globalization;
using Ouroboros.Core.Agent;

namespace Ouroboros.Live.Scheduling;

/// <summary>
/// One job of a market's trading day. <paramref name="TradingDate"/> is the market's local date (a pre-market job in
/// the evening before belongs to the next day); <paramref name="Sequence"/> is 0 for once-a-day jobs and 1..n for
/// rescans, daily sessions and realtime cycles; <paramref name="At"/> is UTC.
/// </summary>
public sealed record ScheduledJob(string Market, DateOnly TradingDate, AgentJobKind Kind, int Sequence, DateTimeOffset At)
{
    /// <summary>Stable across restarts, e.g. "KRX/2026-03-03/Rescan/4": what the journal marks as done.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Market}/{TradingDate:yyyy-MM-dd}/{Kind}/{Sequence}");

    /// <summary>The journal row of this job (<see cref="ISessionJournal.TryMarkJobAsync"/>).</summary>
    public AgentJobRecord ToRecord(DateTimeOffset ranAt, string? outcome) =>
        new(Market, TradingDate, Kind.ToString(), Sequence, At, ranAt, outcome);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key} at {At:yyyy-MM-ddTHH:mm:ssZ}");
}
