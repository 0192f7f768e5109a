using System.Text.Json;
using Ouroboros.Ai.Decisions;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Playbooks;

/// <summary>
/// Turns a model's playbook answer into a <see cref="Playbook"/> (origin Model). Forgiving about form exactly like
/// <see cref="DecisionParser"/> (fences, prose, key case and aliases, trailing commas, single quotes, numbers as strings
/// or with %), and about shape: instruments as an array of <c>{symbol, scenarios}</c>, as an object keyed by symbol, or
/// a flat <c>scenarios</c> array whose items carry the symbol. Strict about meaning: every scenario with a problem is
/// dropped and listed, as are unknown symbols and scenarios beyond the per-instrument limit. Only an answer with no
/// playbook JSON at all fails. Never throws on any answer.
/// </summary>
public static class PlaybookAnswerParser
{
    /// <summary>Longer answers are refused: a playbook is a few kilobytes, and parsing cost is bounded.</summary>
    public const int MaxInputLength = 256 * 1024;

    public static PlaybookParseResult Parse(string? raw, DateOnly date, string market, IReadOnlyList<InstrumentId> universe, int maxScenariosPerInstrument)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxScenariosPerInstrument, 1);
        if (string.IsNullOrWhiteSpace(raw)) return PlaybookParseResult.Failed("empty answer");
        if (raw.Length > MaxInputLength) return PlaybookParseResult.Failed($"answer too long ({raw.Length} characters > {MaxInputLength})");
        var symbols = new SymbolUniverse(universe);
        try
        {
            foreach (var document in AnswerDocuments.Read(raw, "instruments"))
            {
                using (document)
                {
                    var fields = Find(document.RootElement);
                    if (fields is not null) return Read(fields, date, market.Trim(), symbols, maxScenariosPerInstrument);
                }
            }
            return PlaybookParseResult.Failed("no JSON object with a playbook (stance, instruments or scenarios) found");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return PlaybookParseResult.Failed($"unreadable answer ({e.GetType().Name})");
        }
    }

    /// <summary>The root when it looks like a playbook, else the first object directly inside it that does (<c>{"playbook": {...}}</c>).</summary>
    private static JsonFields? Find(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        var fields = new JsonFields(root);
        if (LooksLikePlaybook(fields)) return fields;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Object) continue;
            var inner = new JsonFields(property.Value);
            if (LooksLikePlaybook(inner)) return inner;
        }
        return null;
    }

    private static bool LooksLikePlaybook(JsonFields f) =>
        f.Has(PlaybookFields.Instruments) || f.Has(PlaybookFields.Scenarios) || f.Has(PlaybookFields.Stance);

    private static PlaybookParseResult Read(JsonFields root, DateOnly date, string market, SymbolUniverse symbols, int max)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var stance = Stance(root, problems);
        string? summary = null;
        if (root.TryGet(PlaybookFields.Summary, out var s, out _))
        {
            var clean = FieldValues.Rationale(s);
            summary = clean.Length == 0 ? null : clean;
        }

        var grouped = new Dictionary<InstrumentId, List<JsonElement>>();
        var order = new List<InstrumentId>();
        foreach (var (symbol, scenarios) in InstrumentEntries(root, problems))
        {
            var id = symbols.Match(symbol, out var problem);
            if (id is null)
            {
                problems.Add($"{problem}; its {scenarios.Count} scenario(s) dropped");
                continue;
            }
            if (!grouped.TryGetValue(id.Value, out var list))
            {
                grouped[id.Value] = list = [];
                order.Add(id.Value);
            }
            list.AddRange(scenarios);
        }

        var result = new List<ScenarioDefinition>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var instrument in order)
        {
            var kept = 0;
            var items = grouped[instrument];
            for (var i = 0; i < items.Count; i++)
            {
                if (kept == max)
                {
                    problems.Add($"{instrument}: {items.Count - i} scenario(s) beyond the limit of {max} dropped");
                    break;
                }
                var scenario = ScenarioReader.Read(items[i], instrument, i, notes, out var problem);
                if (scenario is null)
                {
                    problems.Add(problem ?? $"{instrument} scenario {i + 1}: unreadable");
                    continue;
                }
                if (!ids.Add(scenario.Id))
                {
                    problems.Add($"{instrument} scenario {i + 1}: id {SafeText.Quote(scenario.Id)} used twice, dropped");
                    continue;
                }
                result.Add(scenario);
                kept++;
            }
        }
        return new PlaybookParseResult(new Playbook(date, market, stance, PlaybookOrigin.Model, result, summary), problems, notes);
    }

    private static PlaybookStance Stance(JsonFields root, List<string> problems)
    {
        if (!root.TryGet(PlaybookFields.Stance, out var v, out var conflict))
        {
            problems.Add("stance missing; neutral assumed");
            return PlaybookStance.Neutral;
        }
        var word = v.ValueKind == JsonValueKind.String ? (FieldValues.Text(v) ?? "").Trim() : "";
        if (!conflict && Enum.TryParse<PlaybookStance>(word, ignoreCase: true, out var stance) && Enum.IsDefined(stance) && word.All(char.IsAsciiLetter))
            return stance;
        problems.Add(conflict ? "conflicting stances; neutral assumed" : $"stance {PlaybookNumbers.Describe(v)} is not bullish, neutral, bearish or defensive; neutral assumed");
        return PlaybookStance.Neutral;
    }

    /// <summary>(symbol, scenario elements) per instrument entry, whatever shape the answer used.</summary>
    private static List<(string? Symbol, List<JsonElement> Scenarios)> InstrumentEntries(JsonFields root, List<string> problems)
    {
        var entries = new List<(string?, List<JsonElement>)>();
        if (root.TryGet(PlaybookFields.Instruments, out var instruments, out _))
        {
            if (instruments.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in instruments.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        problems.Add("an instruments entry is not an object, ignored");
                        continue;
                    }
                    var f = new JsonFields(item);
                    entries.Add((f.Text(PlaybookFields.Symbol), ScenarioList(f, problems)));
                }
            }
            else if (instruments.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in instruments.EnumerateObject())
                {
                    var value = property.Value;
                    var list = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
                        : value.ValueKind == JsonValueKind.Object ? ScenarioList(new JsonFields(value), problems) : [];
                    entries.Add((property.Name, list));
                }
            }
            else problems.Add("instruments is neither a list nor an object, ignored");
        }
        if (root.TryGet(PlaybookFields.Scenarios, out var flat, out _) && flat.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in flat.EnumerateArray())
            {
                var symbol = item.ValueKind == JsonValueKind.Object ? new JsonFields(item).Text(PlaybookFields.Symbol) : null;
                entries.Add((symbol, [item]));
            }
        }
        return entries;
    }

    private static List<JsonElement> ScenarioList(JsonFields f, List<string> problems)
    {
        if (!f.TryGet(PlaybookFields.Scenarios, out var s, out _)) return [];
        if (s.ValueKind == JsonValueKind.Array) return [.. s.EnumerateArray()];
        if (s.ValueKind == JsonValueKind.Object) return [s];
        problems.Add("a scenarios value is not a list, ignored");
        return [];
    }
}
