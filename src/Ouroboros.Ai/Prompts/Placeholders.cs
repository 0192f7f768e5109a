using System.Text.RegularExpressions;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// The <c>{{name}}</c> placeholders templates may use. Substitution is a single pass, so a value that itself contains
/// <c>{{...}}</c> (a memory line quoting a model) is never expanded again.
/// </summary>
public static partial class Placeholders
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "market", "local_time", "as_of", "date", "kind", "instruments", "positions", "risk_limits", "memory",
        "candidates", "schema_hint", "schema_hash", "vocabulary", "max_scenarios",
    ];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.Ordinal);

    /// <summary>The names used in <paramref name="template"/> that are not known, in order of first use.</summary>
    public static IReadOnlyList<string> Unknown(string template) =>
        [.. Pattern().Matches(template).Select(m => m.Groups[1].Value.Trim()).Where(n => !KnownSet.Contains(n)).Distinct(StringComparer.Ordinal)];

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(template, m => values.TryGetValue(m.Groups[1].Value.Trim(), out var v) ? v : m.Value);

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
