namespace Ouroboros.Live.Scheduling;

/// <summary>
/// The one order of jobs: by time, then market (ordinal), then trading date (crypto's close and the next day's open
/// share midnight UTC: the old day ends first), then kind (<see cref="AgentJobKind"/> order), then sequence. Total, so
/// schedules are deterministic.
/// </summary>
public static class ScheduledJobOrder
{
    public static IComparer<ScheduledJob> Comparer { get; } = Comparer<ScheduledJob>.Create(Compare);

    public static int Compare(ScheduledJob? a, ScheduledJob? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
        if (c == 0) c = string.CompareOrdinal(a.Market, b.Market);
        if (c == 0) c = a.TradingDate.CompareTo(b.TradingDate);
        if (c == 0) c = a.Kind.CompareTo(b.Kind);
        return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
    }
}
