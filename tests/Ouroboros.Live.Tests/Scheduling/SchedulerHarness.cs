using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Scheduling;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Scheduling;

/// <summary>
/// Runs a <see cref="JobScheduler"/> on a <see cref="FakeClock"/> with an in-memory job journal (a set of keys, as
/// <c>TryMarkJobAsync</c> keeps them) and records every job that ran with the clock's time when it ran.
/// </summary>
internal sealed class SchedulerHarness(FakeClock clock)
{
    private readonly HashSet<string> _journal = new(StringComparer.Ordinal);

    public FakeClock Clock { get; } = clock;
    public ListLogger Log { get; } = new();
    public List<(ScheduledJob Job, DateTimeOffset RanAt)> Ran { get; } = [];
    public Func<ScheduledJob, bool> Fails { get; set; } = _ => false;

    /// <summary>Starts the loop with nothing missed before <paramref name="resumeAfter"/>, moves the clock to <paramref name="until"/>, then stops it.</summary>
    public async Task RunUntilAsync(IReadOnlyList<MarketCalendar> calendars, DailyCycleOptions options, DateTimeOffset resumeAfter, DateTimeOffset until)
    {
        using var stop = new CancellationTokenSource();
        var loop = new JobScheduler(Clock, Log).RunAsync(calendars, options, resumeAfter, AlreadyDone, Run, stop.Token);
        Clock.SetUtcNow(until);
        loop.IsCompleted.ShouldBeFalse("the loop waits for its next job");
        await stop.CancelAsync();
        await loop;
    }

    public IEnumerable<ScheduledJob> Jobs(AgentJobKind kind, string? market = null) =>
        Ran.Select(r => r.Job).Where(j => j.Kind == kind && (market is null || j.Market == market));

    private Task<bool> AlreadyDone(ScheduledJob job, CancellationToken ct) => Task.FromResult(!_journal.Add(job.Key));

    private Task Run(ScheduledJob job, CancellationToken ct)
    {
        Ran.Add((job, Clock.GetUtcNow()));
        return Fails(job) ? throw new InvalidOperationException("job failed: " + job.Key) : Task.CompletedTask;
    }
}
