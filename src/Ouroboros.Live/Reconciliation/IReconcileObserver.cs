using Ouroboros.Core.Reconciliation;

namespace Ouroboros.Live.Reconciliation;

/// <summary>
/// Told the outcome of every reconciliation (the agent journals it, notifies the operator and adopts the broker's
/// truth). Called on the loop's thread; an exception here is logged and never stops the loop.
/// </summary>
public interface IReconcileObserver
{
    /// <summary>The account agrees with the broker; <paramref name="report"/> has no differences.</summary>
    void OnMatched(ReconcileReport report);

    /// <summary>The account differs; each difference says how the broker's truth is adopted.</summary>
    void OnDifferences(ReconcileReport report);

    /// <summary>The broker could not be read (or only in part): new entries are blocked for <paramref name="reason"/>.</summary>
    void OnUnknown(string reason);
}
