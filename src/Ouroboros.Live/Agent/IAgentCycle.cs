namespace Ouroboros.Live.Agent;

/// <summary>
/// The daily cycle's jobs (pre-market, open, rescans, close, post-market) that fall between two moments of the
/// session. The replay calls it as its clock passes each stretch, before publishing the bars that end it; each job
/// runs once (the implementation marks it in the journal).
/// </summary>
public interface IAgentCycle
{
    Task RunJobsAsync(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, AgentStatus status, CancellationToken cancellationToken);
}
