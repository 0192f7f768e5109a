using System.Text;
using System.Text.Json;

namespace Ouroboros.Fakes;

/// <summary>Pulls model, system text, user text and "schema asked for" out of a body in any of the three formats.</summary>
internal static class FakeLlmRequestReader
{
    public static (string? Model, string? System, string? User, bool Schema) Read(FakeLlmFormat format, string body, string? pathModel)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (pathModel, null, null, false);
            return format switch
            {
                FakeLlmFormat.OpenAi => OpenAi(root),
                FakeLlmFormat.Anthropic => Anthropic(root),
                _ => Gemini(root, pathModel),
            };
        }
        catch (JsonException)
        {
            return (pathModel, null, null, false);
        }
    }

    private static (string?, string?, string?, bool) OpenAi(JsonElement root)
    {
        var system = new StringBuilder();
        var user = new StringBuilder();
        foreach (var m in Array(root, "messages"))
        {
            var role = Str(m, "role");
            var target = role is "system" or "developer" ? system : role == "user" ? user : null;
            target?.Append(ContentText(m));
        }
        var schema = root.TryGetProperty("response_format", out var rf) && Str(rf, "type") == "json_schema";
        return (Str(root, "model"), NullIfEmpty(system), NullIfEmpty(user), schema);
    }

    private static (string?, string?, string?, bool) Anthropic(JsonElement root)
    {
        string? system = root.TryGetProperty("system", out var s)
            ? s.ValueKind == JsonValueKind.String ? s.GetString() : string.Concat(Blocks(s))
            : null;
        var user = new StringBuilder();
        foreach (var m in Array(root, "messages"))
        {
            if (Str(m, "role") == "user")
                user.Append(ContentText(m));
        }
        var schema = (root.TryGetProperty("output_config", out var oc) && oc.ValueKind == JsonValueKind.Object
                && oc.TryGetProperty("format", out var f) && Str(f, "type") == "json_schema")
            || (root.TryGetProperty("output_format", out var of) && Str(of, "type") == "json_schema");
        return (Str(root, "model"), system, NullIfEmpty(user), schema);
    }

    private static (string?, string?, string?, bool) Gemini(JsonElement root, string? pathModel)
    {
        string? system = root.TryGetProperty("systemInstruction", out var si) ? string.Concat(Blocks(Prop(si, "parts"))) : null;
        var user = new StringBuilder();
        foreach (var c in Array(root, "contents"))
        {
            if (Str(c, "role") is null or "user")
                user.Append(string.Concat(Blocks(Prop(c, "parts"))));
        }
        var schema = root.TryGetProperty("generationConfig", out var gc) && gc.ValueKind == JsonValueKind.Object
            && (gc.TryGetProperty("responseJsonSchema", out _) || gc.TryGetProperty("responseSchema", out _));
        return (pathModel, system, NullIfEmpty(user), schema);
    }

    private static string ContentText(JsonElement message) =>
        message.TryGetProperty("content", out var c)
            ? c.ValueKind == JsonValueKind.String ? c.GetString() ?? string.Empty : string.Concat(Blocks(c))
            : string.Empty;

    private static IEnumerable<string> Blocks(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(b => Str(b, "text")).OfType<string>()
            : [];

    private static IEnumerable<JsonElement> Array(JsonElement o, string name) =>
        o.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static JsonElement Prop(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var p) ? p : default;

    private static string? Str(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string? NullIfEmpty(StringBuilder sb) => sb.Length == 0 ? null : sb.ToString();
}
