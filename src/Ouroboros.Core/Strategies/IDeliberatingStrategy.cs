namespace Ouroboros.Core.Strategies;

/// <summary>
/// A strategy that sometimes needs to wait for something slow before it can decide, such as a language model or a
/// planner. The kernel stays single-threaded: at the end of a time slice, after
/// <see cref="IStrategy.OnTimeSliceEnd"/>, it awaits <see cref="DeliberateAsync"/> when
/// <see cref="WantsToDeliberate"/> is true, then processes whatever intents were submitted. The strategy has seen
/// nothing later than the slice, so whatever it asks is point-in-time by construction.
/// </summary>
public interface IDeliberatingStrategy : IStrategy
{
    /// <summary>Checked after every slice; keep it a cheap field read.</summary>
    bool WantsToDeliberate { get; }

    /// <summary>May await I/O and submit intents through the context; <paramref name="time"/> is the slice's time.</summary>
    ValueTask DeliberateAsync(DateTimeOffset time, CancellationToken cancellationToken);

    IDeliberatingStrategy? IStrategy.Deliberation => this;
}
