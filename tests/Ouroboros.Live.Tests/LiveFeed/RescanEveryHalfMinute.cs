using Ouroboros.Live.Agent;
using Ouroboros.Live.Scheduling;

namespace Ouroboros.Live.Tests.LiveFeed;

/// <summary>A daily cycle whose only job is a rescan at 30 s past each minute, each once (as the journal would mark it).</summary>
internal sealed class RescanEveryHalfMinute : IAgentCycle
{
    private readonly HashSet<DateTimeOffset> _done = [];

    public Task<IReadOnlyList<ScheduledJob>> RunJobsAsync(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, AgentStatus status, CancellationToken cancellationToken)
    {
        var ran = new List<ScheduledJob>();
        var at = new DateTimeOffset(fromExclusive.Ticks - fromExclusive.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddSeconds(30);
        for (; at <= toInclusive; at = at.AddMinutes(1))
        {
            if (at > fromExclusive && _done.Add(at))
                ran.Add(new ScheduledJob("TEST", DateOnly.FromDateTime(at.UtcDateTime), AgentJobKind.Rescan, (int)(at.TimeOfDay.TotalMinutes), at));
        }
        return Task.FromResult<IReadOnlyList<ScheduledJob>>(ran);
    }

    public DateTimeOffset? NextJobAfter(DateTimeOffset time)
    {
        var at = new DateTimeOffset(time.Ticks - time.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero).AddSeconds(30);
        return at > time ? at : at.AddMinutes(1);
    }
}
