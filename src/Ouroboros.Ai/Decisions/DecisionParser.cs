using System.Text.Json;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// Turns a model's raw answer into an <see cref="LlmDecision"/>. Forgiving about form (fences, prose, case, aliases,
/// trailing commas, comments, single quotes, numbers as strings or percentages), strict about meaning: the decision is
/// the first JSON object in the answer that has an action (a later object with a different action makes the answer
/// ambiguous, so HOLD), nothing is inferred from prose, and an answer that cannot be understood is HOLD with confidence 0
/// and the reason. Never throws on any input.
/// </summary>
public static class DecisionParser
{
    public const int DefaultMinConfidence = 80;

    /// <summary>Longer answers are refused outright: a decision is a few hundred characters, and parsing cost is bounded.</summary>
    public const int MaxInputLength = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    public static LlmDecision Parse(string? raw, int minConfidence = DefaultMinConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minConfidence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minConfidence, 100);
        if (string.IsNullOrWhiteSpace(raw)) return LlmDecision.Invalid("empty answer");
        if (raw.Length > MaxInputLength) return LlmDecision.Invalid($"answer too long ({raw.Length} characters > {MaxInputLength})");
        try
        {
            LlmDecision? decision = null;
            string? firstAction = null;
            foreach (var candidate in JsonObjectScanner.TopLevelObjects(raw))
            {
                using var document = TryParse(candidate);
                if (document is null) continue;
                var fields = DecisionFields.Find(document.RootElement);
                if (fields is null) continue;
                var action = ActionOf(fields);
                if (decision is null)
                {
                    decision = Decide(fields, minConfidence);
                    firstAction = action;
                }
                else if (action != firstAction)
                {
                    // Two answers in one, as two conflicting keys are: guessing which one the model meant would be acting on prose.
                    return LlmDecision.Invalid($"conflicting actions in one answer: two JSON objects say {firstAction} and {action}", decision.Rationale);
                }
            }
            return decision ?? LlmDecision.Invalid("no JSON object with an action found");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Malformed text System.Text.Json only notices while reading a value (invalid UTF-16 escapes, for one).
            return LlmDecision.Invalid($"unreadable answer ({e.GetType().Name})");
        }
    }

    /// <summary>The object's action as a word to compare answers by: the normalised action, else its raw text.</summary>
    private static string ActionOf(DecisionFields fields)
    {
        if (!fields.TryGet(DecisionFields.Action, out var value, out var conflict)) return "none";
        if (conflict) return "conflicting";
        return FieldValues.Action(value, out _) is { } action ? action.ToString().ToUpperInvariant() : value.ToString();
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

    private static LlmDecision Decide(DecisionFields fields, int minConfidence)
    {
        var notes = new List<string>();
        var rationale = "";
        if (fields.TryGet(DecisionFields.Rationale, out var r, out _))
        {
            rationale = FieldValues.Rationale(r);
            if (r.ValueKind == JsonValueKind.String && FieldValues.Text(r) is null) notes.Add("rationale is not valid text, dropped");
        }

        fields.TryGet(DecisionFields.Action, out var a, out var actionConflict);
        if (actionConflict) return LlmDecision.Invalid("conflicting actions in one answer", rationale);
        var action = FieldValues.Action(a, out var actionProblem);
        if (action is null) return LlmDecision.Invalid(actionProblem ?? "action unreadable", rationale);

        if (!fields.TryGet(DecisionFields.Confidence, out var c, out var confidenceConflict))
            return LlmDecision.Invalid("confidence missing", rationale);
        if (confidenceConflict) return LlmDecision.Invalid("conflicting confidences in one answer", rationale);
        var confidence = FieldValues.Confidence(c, out var confidenceProblem);
        if (confidence is null) return LlmDecision.Invalid(confidenceProblem ?? "confidence unreadable", rationale);

        var size = Optional(fields, DecisionFields.Size, "size", notes, v => FieldValues.Size(v, notes));
        var takeProfit = Optional(fields, DecisionFields.TakeProfit, "take_profit", notes, v => FieldValues.Level(v, "take_profit", notes));
        var stopLoss = Optional(fields, DecisionFields.StopLoss, "stop_loss", notes, v => FieldValues.Level(v, "stop_loss", notes));
        var horizon = fields.TryGet(DecisionFields.Horizon, out var h, out _) ? FieldValues.Horizon(h) : null;

        var acted = action.Value;
        if (acted != DecisionAction.Hold && confidence < minConfidence)
        {
            notes.Insert(0, $"confidence {confidence} below threshold {minConfidence}; {acted.ToString().ToUpperInvariant()} not acted upon");
            acted = DecisionAction.Hold;
        }
        return new LlmDecision(acted, confidence.Value, rationale, valid: true, notes.Count == 0 ? null : string.Join("; ", notes))
        {
            Size = size,
            TakeProfit = takeProfit,
            StopLoss = stopLoss,
            Horizon = horizon,
        };
    }

    /// <summary>An optional field: absent is null; given twice with different values it is ignored rather than guessed.</summary>
    private static T? Optional<T>(DecisionFields fields, string[] aliases, string name, List<string> notes, Func<JsonElement, T?> read)
        where T : struct
    {
        if (!fields.TryGet(aliases, out var value, out var conflict)) return null;
        if (!conflict) return read(value);
        notes.Add($"conflicting values for {name}, ignored");
        return null;
    }
}
