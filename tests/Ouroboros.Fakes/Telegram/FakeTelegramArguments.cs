using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ouroboros.Fakes.Telegram;

/// <summary>A Bot API call's parameters from the query string, a form or a JSON body (§3.1: all work).</summary>
internal sealed class FakeTelegramArguments(Dictionary<string, JsonNode?> values)
{
    public static async Task<FakeTelegramArguments> ReadAsync(HttpRequest request)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query) values[key] = JsonValue.Create(value.ToString());
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync()) values[key] = JsonValue.Create(value.ToString());
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
                foreach (var (key, value) in body) values[key] = value?.DeepClone();
        }
        return new FakeTelegramArguments(values);
    }

    public string? Text(string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => other.ToJsonString(),
    };

    public long? Long(string key) => Text(key) is { } s && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool Bool(string key) => Text(key) is { } s && bool.TryParse(s, out var b) && b;

    /// <summary>Every callback_data of reply_markup.inline_keyboard, in order.</summary>
    public IReadOnlyList<string> CallbackData()
    {
        var markup = values.GetValueOrDefault("reply_markup") switch
        {
            JsonObject o => o,
            JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject,
            _ => null,
        };
        if (markup?["inline_keyboard"] is not JsonArray rows) return [];
        return [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => b["callback_data"]?.GetValue<string>()).OfType<string>()];
    }
}
