namespace Ouroboros.Core.Ports;

/// <summary>
/// Durable store of daily playbooks (table <c>playbooks</c>). One row per (date, market); saving again replaces
/// the row, so a re-plan of the same day keeps one current playbook.
/// </summary>
public interface IPlaybookStore
{
    Task SaveAsync(PlaybookRecord playbook, CancellationToken cancellationToken);

    /// <summary>Null when no playbook was stored for that day and market.</summary>
    Task<PlaybookRecord?> GetAsync(string market, DateOnly date, CancellationToken cancellationToken);

    /// <summary>The newest playbook of <paramref name="market"/> dated before <paramref name="date"/> whose status is <paramref name="status"/>; null when none.</summary>
    Task<PlaybookRecord?> LatestBeforeAsync(string market, DateOnly date, string status, CancellationToken cancellationToken);

    /// <summary>Sets the number of scenario matches seen for the day so far.</summary>
    Task SetMatchCountAsync(string market, DateOnly date, int matches, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="limit"/>; all markets when <paramref name="market"/> is null.</summary>
    Task<IReadOnlyList<PlaybookRecord>> ListAsync(string? market, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// A stored playbook. <see cref="Status"/> is "validated" (a planner's playbook passed validation), "fallback"
/// (a defensive or previous-day playbook stood in) or "rejected" (kept for review, never traded).
/// <see cref="Origin"/> is the playbook's origin label ("model", "rules-generated", "defensive", "previous-day").
/// <see cref="Json"/> is the whole playbook; <see cref="TokenCount"/> is null when no model was called.
/// </summary>
public sealed record PlaybookRecord(
    DateOnly Date,
    string Market,
    string Status,
    string Origin,
    string Json,
    int? TokenCount,
    int ScenarioCount,
    int MatchCount,
    DateTimeOffset CreatedAt,
    string? Problem = null);
