namespace Ouroboros.Live.Agent;

/// <summary>
/// The post-market review of a market's day (the daily scorecard of the memory and learning work plugs in here).
/// Must tolerate being called twice for one day: a crash after it ran and before the job was marked repeats it.
/// </summary>
public interface IDailyReviewHook
{
    Task ReviewAsync(string market, DateOnly tradingDate, CancellationToken cancellationToken);
}
