using Ouroboros.Live.Scheduling;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The daily cycle's jobs (pre-market, open, rescans, close, post-market) that fall between two moments of the
/// session. The replay calls it as its clock passes each stretch, before publishing the bars that end it; each job
/// runs once (the implementation marks it in the journal).
/// </summary>
public interface IAgentCycle
{
    /// <summary>Runs the jobs not yet done in the window; returns those it ran (a live session posts partial bars at each rescan).</summary>
    Task<IReadOnlyList<ScheduledJob>> RunJobsAsync(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, AgentStatus status, CancellationToken cancellationToken);

    /// <summary>When the first job after <paramref name="time"/> is due, so a live session wakes for it on time; null: none known.</summary>
    DateTimeOffset? NextJobAfter(DateTimeOffset time) => null;
}
