using System.Text.Json;
using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Playbooks;

/// <summary>
/// The JSON documents a model's answer may hold, in order, found as <see cref="DecisionParser"/> finds them (top-level
/// objects, strict first and relaxed second). An answer that starts with a bare array before any object is read as
/// <c>{"&lt;arrayKey&gt;": [...]}</c>. The caller disposes each document.
/// </summary>
internal static class AnswerDocuments
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    public static IEnumerable<JsonDocument> Read(string raw, string arrayKey)
    {
        var bracket = raw.IndexOf('[', StringComparison.Ordinal);
        var brace = raw.IndexOf('{', StringComparison.Ordinal);
        if (bracket >= 0 && (brace < 0 || bracket < brace))
        {
            var wrapped = JsonObjectScanner.TopLevelObjects("{\"" + arrayKey + "\":" + raw[bracket..] + "}").FirstOrDefault();
            var document = wrapped is null ? null : TryParse(wrapped);
            if (document is not null) yield return document;
        }
        foreach (var candidate in JsonObjectScanner.TopLevelObjects(raw))
        {
            var document = TryParse(candidate);
            if (document is not null) yield return document;
        }
    }

    private static JsonDocument? TryParse(string candidate)
    {
        try
        {
            return JsonDocument.Parse(candidate, Options);
        }
        catch (JsonException)
        {
        }
        try
        {
            return JsonDocument.Parse(JsonRelaxer.Relax(candidate), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
