namespace Ouroboros.Core.Reconciliation;

/// <summary>The three results of a reconciliation: all agrees, differences (resolved by the broker), or unknown.</summary>
public enum ReconcileOutcomeKind
{
    Matched,
    Differences,
    Unknown,
}
