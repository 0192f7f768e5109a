using System.Text.Json;
namespace Ouroboros.Ai.Decisions;

/// <summary>
/// An object's fields looked up by meaning: keys match in any case and with or without <c>_</c>, <c>-</c>, <c>.</c> or
/// spaces, under any of the given aliases. The same field given twice with different values is a conflict; strings
/// that differ only in case or surrounding space are the same value. Shared by the decision and playbook parsers.
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
                else if (!SameValue(value, v)) conflict = true;
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

    private static bool SameValue(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String
            ? string.Equals(FieldValues.Text(a)?.Trim(), FieldValues.Text(b)?.Trim(), StringComparison.OrdinalIgnoreCase)
            : string.Equals(a.GetRawText(), b.GetRawText(), StringComparison.Ordinal);

    public static string Normalise(string key) =>
        string.Concat(key.Where(c => c is not ('_' or '-' or ' ' or '.'))).ToLowerInvariant();
}
