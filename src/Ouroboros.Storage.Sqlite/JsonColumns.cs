using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// JSON for the parameters, metrics and market-list columns. Doubles are written shortest-round-trip, NaN and ±Infinity as
/// named literals, and a missing metric stays JSON null (never 0). Key order is kept.
/// </summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // stored in a database, never embedded in HTML
    };

    public static string EncodeMetrics(IReadOnlyDictionary<string, double?> metrics) => JsonSerializer.Serialize(metrics, Options);

    public static IReadOnlyDictionary<string, double?> DecodeMetrics(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, double?>>(json, Options) ?? throw new JsonException("metrics_json is null.");

    public static string EncodeParameters(IReadOnlyDictionary<string, string> parameters) => JsonSerializer.Serialize(parameters, Options);

    public static IReadOnlyDictionary<string, string> DecodeParameters(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? throw new JsonException("parameters_json is null.");

    /// <summary>A list of names (an agent's markets) as a JSON array, order kept.</summary>
    public static string EncodeNames(IReadOnlyList<string> names) => JsonSerializer.Serialize(names, Options);

    public static IReadOnlyList<string> DecodeNames(string json) =>
        JsonSerializer.Deserialize<List<string>>(json, Options) ?? throw new JsonException("markets is null.");
}
