using Ouroboros.Core.Reconciliation;

namespace Ouroboros.Live.Reconciliation;

/// <summary>How often to reconcile, how to retry a failed broker query and how exact cash must be.</summary>
public sealed record ReconciliationLoopOptions
{
    private readonly int _attempts = 3;
    private readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(250);

    public ReconciliationLoopOptions(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Interval = interval;
    }

    /// <summary>Time between the end of one reconciliation and the start of the next.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Tries per broker query before the outcome is unknown (network, rate-limit and unknown errors only).</summary>
    public int Attempts
    {
        get => _attempts;
        init => _attempts = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Attempts), value, "At least one attempt.");
    }

    /// <summary>The wait before the second try; each further try waits one more of it.</summary>
    public TimeSpan RetryDelay
    {
        get => _retryDelay;
        init => _retryDelay = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(RetryDelay), value, "Not negative.");
    }

    public ReconcileOptions Tolerances { get; init; } = ReconcileOptions.Exact;
}
