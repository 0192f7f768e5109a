using Ouroboros.Core.Language;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ouroboros.Ai.Providers;

/// <summary>The Gemini <c>generateContent</c> body out and the answer back, as plain JSON.</summary>
internal static class GeminiWire
{
    public static string RequestBody(ChatRequest request)
    {
        var generation = new JsonObject { ["maxOutputTokens"] = request.MaxOutputTokens };
        if (request.Temperature is { } t)
            generation["temperature"] = t;
        if (request.JsonSchema is { } schema)
        {
            generation["responseMimeType"] = "application/json";
            generation["responseJsonSchema"] = JsonNode.Parse(schema);
        }
        var body = new JsonObject
        {
            ["systemInstruction"] = new JsonObject { ["parts"] = new JsonArray(new JsonObject { ["text"] = request.System }) },
            ["contents"] = new JsonArray(new JsonObject
            {
                ["role"] = "user",
                ["parts"] = new JsonArray(new JsonObject { ["text"] = request.User }),
            }),
            ["generationConfig"] = generation,
        };
        return body.ToJsonString();
    }

    /// <summary>The answer's text, usage and finish reason, or the failure it amounts to.</summary>
    public static GeminiAnswer Read(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException("the body is not a JSON object");
        int? tokensIn = null, tokensOut = null;
        if (root.TryGetProperty("usageMetadata", out var usage) && usage.ValueKind == JsonValueKind.Object)
        {
            tokensIn = Int(usage, "promptTokenCount");
            var candidates = Int(usage, "candidatesTokenCount");
            var thoughts = Int(usage, "thoughtsTokenCount");
            tokensOut = candidates is null && thoughts is null ? null : (candidates ?? 0) + (thoughts ?? 0);
        }
        var blocked = root.TryGetProperty("promptFeedback", out var feedback) && feedback.ValueKind == JsonValueKind.Object
            && feedback.TryGetProperty("blockReason", out var reason) ? reason.GetString() : null;
        if (!root.TryGetProperty("candidates", out var cands) || cands.ValueKind != JsonValueKind.Array || cands.GetArrayLength() == 0)
            return new GeminiAnswer(null, tokensIn, tokensOut, blocked is null ? null : "BLOCKED:" + blocked, blocked is not null);
        var first = cands[0];
        var finish = first.TryGetProperty("finishReason", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        var text = new System.Text.StringBuilder();
        if (first.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object
            && content.TryGetProperty("parts", out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in parts.EnumerateArray())
            {
                var thought = part.TryGetProperty("thought", out var th) && th.ValueKind == JsonValueKind.True;
                if (!thought && part.TryGetProperty("text", out var pt) && pt.ValueKind == JsonValueKind.String)
                    text.Append(pt.GetString());
            }
        }
        return new GeminiAnswer(text.ToString(), tokensIn, tokensOut, finish, blocked is not null);
    }

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var v) ? v
        : o.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.String
            && int.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var sv) ? sv : null;
}
