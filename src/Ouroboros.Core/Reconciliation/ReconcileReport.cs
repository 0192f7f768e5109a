namespace Ouroboros.Core.Reconciliation;

/// <summary>The differences found by one comparison, sorted by kind and subject (independent of input order).</summary>
public sealed record ReconcileReport(DateTimeOffset At, IReadOnlyList<ReconcileDifference> Differences)
{
    public bool IsMatched => Differences.Count == 0;

    /// <summary>Whether the broker shows a trade or order we never made: the operator gets an alert.</summary>
    public bool HasExternalActivity => Differences.Any(d => d.IsExternal);

    /// <summary>Every difference's message on its own line, for logs and notifications.</summary>
    public string Describe() =>
        IsMatched ? "account matches the broker" : string.Join(Environment.NewLine, Differences.Select(d => d.Message));
}
