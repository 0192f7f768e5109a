namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// What one reconciliation concluded. <see cref="ReconcileOutcomeKind.Unknown"/> (a failed or partial broker query)
/// is never treated as empty: new entries stay blocked until a reconciliation succeeds.
/// </summary>
public sealed record ReconcileOutcome
{
    private ReconcileOutcome(ReconcileOutcomeKind kind, ReconcileReport? report, string? reason)
    {
        Kind = kind;
        Report = report;
        Reason = reason;
    }

    public ReconcileOutcomeKind Kind { get; }

    /// <summary>The comparison; null when the outcome is unknown.</summary>
    public ReconcileReport? Report { get; }

    /// <summary>Why the outcome is unknown; null otherwise.</summary>
    public string? Reason { get; }

    public bool IsKnown => Kind != ReconcileOutcomeKind.Unknown;

    public static ReconcileOutcome Matched(ReconcileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.IsMatched) throw new ArgumentException("A matched outcome has no differences.", nameof(report));
        return new(ReconcileOutcomeKind.Matched, report, null);
    }

    public static ReconcileOutcome Differences(ReconcileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsMatched) throw new ArgumentException("A differences outcome needs at least one difference.", nameof(report));
        return new(ReconcileOutcomeKind.Differences, report, null);
    }

    public static ReconcileOutcome Unknown(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(ReconcileOutcomeKind.Unknown, null, reason);
    }

    /// <summary>Matched or differences, whichever the report says.</summary>
    public static ReconcileOutcome Of(ReconcileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.IsMatched ? Matched(report) : Differences(report);
    }
}
