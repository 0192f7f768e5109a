using System.Globalization;
using System.Text.Json;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// What an error body says, whichever vendor wrote it: OpenAI <c>{error:{message,type,code}}</c>, Anthropic
/// <c>{type:"error",error:{type,message}}</c>, Google <c>{error:{code,message,status,details}}</c>, and the Gemini
/// OpenAI-compat array <c>[{error:{...}}]</c>. Fields the body lacks are null; a body that is not JSON yields
/// <see cref="Empty"/> with the raw text as message.
/// </summary>
internal sealed record ProviderErrorBody(
    string? Message,
    string? Type,
    string? Code,
    string? Status,
    TimeSpan? RetryDelay,
    IReadOnlyList<string> QuotaIds,
    IReadOnlyList<string> Reasons)
{
    public static readonly ProviderErrorBody Empty = new(null, null, null, null, null, [], []);

    /// <summary>True when any of type, code or status equals <paramref name="word"/> (case-insensitive).</summary>
    public bool Says(string word) =>
        string.Equals(Type, word, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Code, word, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Status, word, StringComparison.OrdinalIgnoreCase);

    public static ProviderErrorBody Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return Empty;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                root = root.EnumerateArray().FirstOrDefault();
            if (root.ValueKind != JsonValueKind.Object)
                return Empty with { Message = body };
            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : root;
            var quotaIds = new List<string>();
            var reasons = new List<string>();
            TimeSpan? delay = null;
            if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
                ReadGoogleDetails(details, quotaIds, reasons, ref delay);
            return new ProviderErrorBody(Text(error, "message"), Text(error, "type"), Text(error, "code"), Text(error, "status"),
                delay, quotaIds, reasons);
        }
        catch (JsonException)
        {
            return Empty with { Message = body };
        }
    }

    private static void ReadGoogleDetails(JsonElement details, List<string> quotaIds, List<string> reasons, ref TimeSpan? delay)
    {
        foreach (var d in details.EnumerateArray())
        {
            if (d.ValueKind != JsonValueKind.Object)
                continue;
            if (Text(d, "retryDelay") is { } rd)
                delay = RetryAfterParser.ParseGoogleDuration(rd) ?? delay;
            if (Text(d, "reason") is { } reason)
                reasons.Add(reason);
            if (d.TryGetProperty("violations", out var v) && v.ValueKind == JsonValueKind.Array)
            {
                foreach (var violation in v.EnumerateArray())
                {
                    if (violation.ValueKind == JsonValueKind.Object && Text(violation, "quotaId") is { } q)
                        quotaIds.Add(q);
                }
            }
        }
    }

    private static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var p)
            ? p.ValueKind switch
            {
                JsonValueKind.String => p.GetString(),
                JsonValueKind.Number => p.GetRawText(),
                _ => null,
            }
            : null;

    internal static string Describe(ProviderErrorBody b, int status) =>
        string.Join(" ", new[] { b.Status ?? b.Type ?? b.Code, b.Message }.Where(s => !string.IsNullOrWhiteSpace(s)))
        is { Length: > 0 } s ? s : $"HTTP {status.ToString(CultureInfo.InvariantCulture)}";
}
