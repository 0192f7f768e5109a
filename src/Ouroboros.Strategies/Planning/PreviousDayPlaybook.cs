using Ouroboros.Domain.Playbooks;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// The fallback when planning failed: yesterday's validated playbook re-dated, with origin PreviousDay. Scenario ids
/// get the suffix <see cref="IdSuffix"/> (once, however often a copy is copied again) so a copied scenario is never
/// mistaken for the original in the journal.
/// </summary>
public static class PreviousDayPlaybook
{
    public const string IdSuffix = "~prev";

    public static Playbook From(Playbook yesterday, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(yesterday);
        if (today <= yesterday.Date)
            throw new ArgumentException($"today ({today:yyyy-MM-dd}) must be after the playbook's date ({yesterday.Date:yyyy-MM-dd})", nameof(today));
        var scenarios = yesterday.Scenarios
            .Select(s => s.Id.EndsWith(IdSuffix, StringComparison.Ordinal) ? s : s with { Id = s.Id + IdSuffix })
            .ToArray();
        var summary = $"previous-day copy of the {yesterday.Date:yyyy-MM-dd} {yesterday.OriginLabel} playbook" +
                      (yesterday.Summary is { } text ? ": " + text : "");
        return yesterday with { Date = today, Origin = PlaybookOrigin.PreviousDay, Scenarios = scenarios, Summary = summary };
    }
}
