namespace Ouroboros.Core.Reconciliation;

/// <summary>How a difference is resolved: always by the broker's truth, said in a sentence for the operator.</summary>
public sealed record ReconcileResolution(ReconcileAction Action, string Description);
