using System.Text.Json;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// The decision's fields looked up by meaning rather than spelling: keys match in any case and with or without
/// <c>_</c>, <c>-</c> or spaces, and each field has the aliases models commonly use. A field given twice (as
/// <c>action</c> and <c>Action</c>, or <c>action</c> and <c>signal</c>) with different values is a conflict.
/// </summary>
internal sealed class DecisionFields
{
    public static readonly string[] Action = ["action", "decision", "signal", "side", "recommendation", "tradeaction"];
    public static readonly string[] Confidence = ["confidence", "conf", "certainty", "confidencescore", "confidencelevel"];
    public static readonly string[] Rationale = ["rationale", "reason", "reasoning", "explanation", "justification"];
    public static readonly string[] Size = ["size", "positionsize", "allocation", "sizepct", "sizepercent", "sizefraction"];
    public static readonly string[] TakeProfit = ["takeprofit", "tp", "target", "targetprice", "profittarget", "takeprofitprice"];
    public static readonly string[] StopLoss = ["stoploss", "sl", "stop", "stopprice", "stoplossprice"];
    public static readonly string[] Horizon = ["horizon", "timehorizon", "timeframe", "holdingperiod", "holdperiod"];

    private readonly JsonFields _fields;

    private DecisionFields(JsonElement obj) => _fields = new JsonFields(obj);

    /// <summary>
    /// The object that holds the decision: <paramref name="root"/> itself when it has an action, otherwise the first
    /// object directly inside it that has one (<c>{"decision": {"action": ...}}</c>, <c>{"result": {...}}</c>).
    /// </summary>
    public static DecisionFields? Find(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        var fields = new DecisionFields(root);
        if (fields.Has(Action, out var action) && action.ValueKind != JsonValueKind.Object) return fields;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Object) continue;
            var inner = new DecisionFields(property.Value);
            if (inner.Has(Action, out var innerAction) && innerAction.ValueKind != JsonValueKind.Object) return inner;
        }
        return null;
    }

    /// <summary>The field's single value; false when absent. A conflict sets <paramref name="conflict"/>.</summary>
    public bool TryGet(string[] aliases, out JsonElement value, out bool conflict) => _fields.TryGet(aliases, out value, out conflict);

    private bool Has(string[] aliases, out JsonElement value) => TryGet(aliases, out value, out _);
}
