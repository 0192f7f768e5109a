namespace Ouroboros.Domain.Playbooks;

/// <summary>
/// One market's plan for one trading day: a stance and, per instrument, a few scenarios that the scenario engine
/// matches all day with no further model calls. <see cref="Origin"/> says who wrote it, and it is shown wherever the
/// playbook is (a rules-generated playbook is never presented as a model's).
/// </summary>
public sealed record Playbook(
    DateOnly Date,
    string Market,
    PlaybookStance Stance,
    PlaybookOrigin Origin,
    IReadOnlyList<ScenarioDefinition> Scenarios,
    string? Summary = null)
{
    /// <summary>Short label for tables and logs: "model", "rules-generated", "defensive" or "previous-day".</summary>
    public string OriginLabel => LabelOf(Origin);

    /// <summary>The label of an origin; the inverse is <see cref="TryParseLabel"/>.</summary>
    public static string LabelOf(PlaybookOrigin origin) => origin switch
    {
        PlaybookOrigin.Model => "model",
        PlaybookOrigin.Rules => "rules-generated",
        PlaybookOrigin.Defensive => "defensive",
        PlaybookOrigin.PreviousDay => "previous-day",
        _ => origin.ToString(),
    };

    public static bool TryParseLabel(string label, out PlaybookOrigin origin)
    {
        foreach (var o in Enum.GetValues<PlaybookOrigin>())
        {
            if (LabelOf(o) != label) continue;
            origin = o;
            return true;
        }
        origin = default;
        return false;
    }
}

/// <summary>The day's overall posture.</summary>
public enum PlaybookStance
{
    Bullish,
    Neutral,
    Bearish,
    Defensive,
}

/// <summary>Who wrote a playbook.</summary>
public enum PlaybookOrigin
{
    /// <summary>A language model, validated.</summary>
    Model,
    /// <summary>The rules planner (no model configured, or every model budget spent).</summary>
    Rules,
    /// <summary>The fallback when planning failed and no earlier playbook exists: no new entries.</summary>
    Defensive,
    /// <summary>The fallback when planning failed: yesterday's validated playbook, re-dated.</summary>
    PreviousDay,
}
