using Ouroboros.Core.Reconciliation;
using Ouroboros.Live.Reconciliation;

namespace Ouroboros.Live.Tests.Reconciliation;

/// <summary>Records every outcome told to it; can throw on purpose; signals when enough outcomes arrived.</summary>
internal sealed class RecordingObserver : IReconcileObserver
{
    private readonly Lock _gate = new();
    private readonly List<string> _events = [];
    private readonly List<ReconcileReport> _differences = [];
    private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _wanted;

    public RecordingObserver(int wanted = int.MaxValue) => _wanted = wanted;

    public bool Throws { get; init; }

    public IReadOnlyList<string> Events
    {
        get { lock (_gate) return [.. _events]; }
    }

    public IReadOnlyList<ReconcileReport> Differences
    {
        get { lock (_gate) return [.. _differences]; }
    }

    /// <summary>Completes once <c>wanted</c> outcomes were told.</summary>
    public Task Enough => _enough.Task;

    public void OnMatched(ReconcileReport report) => Add("matched");

    public void OnDifferences(ReconcileReport report)
    {
        lock (_gate) _differences.Add(report);
        Add("differences");
    }

    public void OnUnknown(string reason) => Add("unknown: " + reason);

    private void Add(string entry)
    {
        lock (_gate)
        {
            _events.Add(entry);
            if (_events.Count >= _wanted) _enough.TrySetResult();
        }
        if (Throws) throw new InvalidOperationException("observer bug");
    }
}
