using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Planning;

/// <summary>
/// The canonical JSON of a <see cref="Playbook"/>: what the <c>playbooks</c> table stores and <c>plan --json</c>
/// prints. Not the model's answer format (that one is forgiving and lives in Ai); this one is exact and round-trips.
/// </summary>
public static class PlaybookJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Playbook playbook, bool indented = false) => ToNode(playbook).ToJsonString(indented ? Indented : null);

    public static JsonObject ToNode(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        var scenarios = new JsonArray();
        foreach (var s in playbook.Scenarios)
        {
            scenarios.Add(new JsonObject
            {
                ["id"] = s.Id,
                ["instrument"] = s.Instrument.Value,
                ["condition"] = s.Condition,
                ["action"] = s.Action.ToString().ToUpperInvariant(),
                ["confidence"] = s.Confidence,
                ["allocation"] = s.Allocation,
                ["stop_loss"] = s.StopLoss,
                ["take_profit"] = s.TakeProfit,
                ["rationale"] = s.Rationale,
            });
        }
        return new JsonObject
        {
            ["date"] = playbook.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["market"] = playbook.Market,
            ["stance"] = playbook.Stance.ToString().ToLowerInvariant(),
            ["origin"] = playbook.OriginLabel,
            ["summary"] = playbook.Summary,
            ["scenarios"] = scenarios,
        };
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="FormatException"/> saying what is wrong otherwise.</summary>
    public static Playbook Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("the playbook JSON is null");
            var scenarios = new List<ScenarioDefinition>();
            foreach (var node in root["scenarios"]?.AsArray() ?? [])
            {
                var s = node?.AsObject() ?? throw new FormatException("a scenario is null");
                scenarios.Add(new ScenarioDefinition(
                    Text(s, "id"),
                    new InstrumentId(Text(s, "instrument")),
                    Text(s, "condition"),
                    Enum.Parse<IntentAction>(Text(s, "action"), ignoreCase: true),
                    s["confidence"]?.GetValue<double>() ?? 1.0,
                    s["allocation"]?.GetValue<decimal>(),
                    s["stop_loss"]?.GetValue<decimal>(),
                    s["take_profit"]?.GetValue<decimal>(),
                    s["rationale"]?.GetValue<string>()));
            }
            return new Playbook(
                DateOnly.ParseExact(Text(root, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Text(root, "market"),
                Enum.Parse<PlaybookStance>(Text(root, "stance"), ignoreCase: true),
                OriginOf(Text(root, "origin")),
                scenarios,
                root["summary"]?.GetValue<string>());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new FormatException($"not a stored playbook: {e.Message}", e);
        }
    }

    private static PlaybookOrigin OriginOf(string label) =>
        Playbook.TryParseLabel(label, out var origin) ? origin : throw new FormatException($"unknown playbook origin '{label}'");

    private static string Text(JsonObject o, string name) =>
        o[name]?.GetValue<string>() ?? throw new FormatException($"'{name}' is missing");
}
