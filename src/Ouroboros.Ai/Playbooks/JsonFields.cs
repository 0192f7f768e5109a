using System.Text.Json;
using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Playbooks;

/// <summary>
/// An object's fields looked up by meaning, as <c>DecisionFields</c> does for decisions: keys match in any case and with
/// or without <c>_</c>, <c>-</c>, <c>.</c> or spaces, under any of the given aliases; the same field given twice with
/// different values is a conflict.
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, List<JsonElement>> _byKey = new(StringComparer.Ordinal);

    public JsonFields(JsonElement obj)
    {
        foreach (var property in obj.EnumerateObject())
        {
            var key = Normalise(property.Name);
            if (!_byKey.TryGetValue(key, out var values)) _byKey[key] = values = [];
            values.Add(property.Value);
        }
    }

    public bool Has(string[] aliases) => aliases.Any(_byKey.ContainsKey);

    public bool TryGet(string[] aliases, out JsonElement value, out bool conflict)
    {
        value = default;
        conflict = false;
        var found = false;
        foreach (var alias in aliases)
        {
            if (!_byKey.TryGetValue(alias, out var values)) continue;
            foreach (var v in values)
            {
                if (!found)
                {
                    value = v;
                    found = true;
                }
                else if (!string.Equals(v.GetRawText(), value.GetRawText(), StringComparison.Ordinal)) conflict = true;
            }
        }
        return found;
    }

    /// <summary>A string or number field as trimmed text; null when absent, another kind or not valid text.</summary>
    public string? Text(string[] aliases) =>
        TryGet(aliases, out var v, out _) ? v.ValueKind switch
        {
            JsonValueKind.String => FieldValues.Text(v)?.Trim(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    public static string Normalise(string key) =>
        string.Concat(key.Where(c => c is not ('_' or '-' or ' ' or '.'))).ToLowerInvariant();
}
