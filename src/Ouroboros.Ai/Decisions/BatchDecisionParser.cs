using System.Text.Json;
using Ouroboros.Ai.Playbooks;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// Turns a batch answer into one <see cref="LlmDecision"/> per instrument. Each decision object is read by
/// <see cref="DecisionParser"/> itself, so the field rules (aliases, confidence scale, threshold, size, levels) are the
/// same as for a single decision. Accepted shapes: <c>{"decisions": [{symbol, ...}]}</c>, a bare array, an object keyed
/// by symbol, or one decision object with a symbol. Symbols match the universe by symbol or full id, case-insensitive.
/// Instruments the answer does not mention become HOLD with the reason. Never throws on any answer.
/// </summary>
public static class BatchDecisionParser
{
    public const int MaxInputLength = 256 * 1024;

    private static readonly string[] DecisionLists = ["decisions", "results", "items", "recommendations", "instruments", "trades"];
    private static readonly string[] Symbol = ["symbol", "ticker", "instrument", "instrumentid", "code", "asset"];

    public static BatchDecisionResult Parse(string? raw, IReadOnlyList<InstrumentId> universe, int minConfidence = DecisionParser.DefaultMinConfidence)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentOutOfRangeException.ThrowIfNegative(minConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minConfidence, 100);
        var symbols = new SymbolUniverse(universe);
        if (string.IsNullOrWhiteSpace(raw)) return Unusable(symbols, "empty answer");
        if (raw.Length > MaxInputLength) return Unusable(symbols, $"answer too long ({raw.Length} characters > {MaxInputLength})");
        try
        {
            foreach (var document in AnswerDocuments.Read(raw, "decisions"))
            {
                using (document)
                {
                    var entries = Entries(document.RootElement, symbols);
                    if (entries is not null) return Decide(entries, symbols, minConfidence);
                }
            }
            return Unusable(symbols, "no JSON with decisions found");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return Unusable(symbols, $"unreadable answer ({e.GetType().Name})");
        }
    }

    /// <summary>(symbol, decision JSON) pairs, or null when this document holds no decisions.</summary>
    private static List<(string? Symbol, string Json)>? Entries(JsonElement root, SymbolUniverse symbols)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        var fields = new JsonFields(root);
        if (fields.TryGet(DecisionLists, out var list, out _))
        {
            if (list.ValueKind == JsonValueKind.Array)
                return [.. list.EnumerateArray().Select(e => (e.ValueKind == JsonValueKind.Object ? new JsonFields(e).Text(Symbol) : null, e.GetRawText()))];
            if (list.ValueKind == JsonValueKind.Object)
                return [.. list.EnumerateObject().Select(p => ((string?)p.Name, p.Value.GetRawText()))];
        }
        if (fields.Text(Symbol) is { } single) return [(single, root.GetRawText())];
        var keyed = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object && symbols.Match(p.Name, out _) is not null)
            .Select(p => ((string?)p.Name, p.Value.GetRawText())).ToList();
        return keyed.Count > 0 ? keyed : null;
    }

    private static BatchDecisionResult Decide(List<(string? Symbol, string Json)> entries, SymbolUniverse symbols, int minConfidence)
    {
        var problems = new List<string>();
        var found = new Dictionary<InstrumentId, (string Json, LlmDecision Decision)>();
        var conflicted = new HashSet<InstrumentId>();
        foreach (var (symbol, json) in entries)
        {
            var id = symbols.Match(symbol, out var problem);
            if (id is null)
            {
                problems.Add(problem ?? "decision without a symbol");
                continue;
            }
            if (found.TryGetValue(id.Value, out var earlier))
            {
                if (!string.Equals(earlier.Json, json, StringComparison.Ordinal)) conflicted.Add(id.Value);
                continue;
            }
            found[id.Value] = (json, DecisionParser.Parse(json, minConfidence));
        }
        var decisions = symbols.All.Select(id => new BatchDecisionEntry(id,
            conflicted.Contains(id) ? LlmDecision.Invalid("conflicting decisions for this instrument in one answer")
            : found.TryGetValue(id, out var d) ? d.Decision
            : LlmDecision.Invalid("not mentioned in the answer"))).ToArray();
        foreach (var id in conflicted) problems.Add($"{id}: conflicting decisions, held");
        return new BatchDecisionResult(decisions, problems);
    }

    private static BatchDecisionResult Unusable(SymbolUniverse symbols, string problem) =>
        new([.. symbols.All.Select(id => new BatchDecisionEntry(id, LlmDecision.Invalid(problem)))], [problem]);
}
