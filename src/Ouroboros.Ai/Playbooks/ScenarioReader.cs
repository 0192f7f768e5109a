using System.Text.Json;
using System.Text.RegularExpressions;
using Ouroboros.Ai.Decisions;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Ai.Playbooks;

/// <summary>
/// Reads one scenario object, strict about meaning: action BUY or SELL, confidence 0–100 (required), allocation_pct in
/// (0, 100] (a bare 10 and "10%" both mean 0.10 of equity), stop loss and take profit positive prices (a BUY's stop
/// below its take profit). Any violation refuses the whole scenario with the reason. The condition is passed on as
/// written (the scenario engine validates it); only the rationale is model prose, cleaned by <see cref="SafeText"/>.
/// </summary>
internal static partial class ScenarioReader
{
    public const int MaxConditionLength = 500;

    public static ScenarioDefinition? Read(JsonElement element, InstrumentId instrument, int index, List<string> notes, out string? problem)
    {
        problem = null;
        var where = $"{instrument} scenario {index + 1}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = $"{where}: not an object";
            return null;
        }
        var f = new JsonFields(element);
        foreach (var (aliases, name) in new[] { (PlaybookFields.Action, "action"), (PlaybookFields.Confidence, "confidence"), (PlaybookFields.Condition, "condition") })
        {
            if (f.TryGet(aliases, out _, out var conflict) && conflict) return Refuse($"{where}: conflicting values for {name}", out problem);
        }

        if (!f.TryGet(PlaybookFields.Condition, out var c, out _) || c.ValueKind != JsonValueKind.String)
            return Refuse($"{where}: condition missing or not text", out problem);
        var condition = FieldValues.Text(c);
        if (string.IsNullOrWhiteSpace(condition)) return Refuse($"{where}: condition empty or not valid text", out problem);
        if (condition.Length > MaxConditionLength) return Refuse($"{where}: condition longer than {MaxConditionLength} characters", out problem);
        if (condition.Any(ch => char.IsControl(ch) || char.IsSurrogate(ch))) return Refuse($"{where}: condition contains control characters", out problem);

        if (!f.TryGet(PlaybookFields.Action, out var a, out _)) return Refuse($"{where}: action missing", out problem);
        var action = FieldValues.Action(a, out var actionProblem);
        if (action is null) return Refuse($"{where}: {actionProblem}", out problem);
        if (action == DecisionAction.Hold) return Refuse($"{where}: action must be BUY or SELL (a scenario that holds does nothing)", out problem);
        var intent = action == DecisionAction.Buy ? IntentAction.Buy : IntentAction.Sell;

        if (!f.TryGet(PlaybookFields.Confidence, out var conf, out _)) return Refuse($"{where}: confidence missing", out problem);
        var confidence = FieldValues.Confidence(conf, out var confidenceProblem);
        if (confidence is null) return Refuse($"{where}: {confidenceProblem}", out problem);

        decimal? allocation = null;
        if (f.TryGet(PlaybookFields.Allocation, out var al, out var alConflict) && al.ValueKind != JsonValueKind.Null)
        {
            if (alConflict) return Refuse($"{where}: conflicting values for allocation_pct", out problem);
            if (!PlaybookNumbers.TryNumber(al, out var pct, out _) || pct is <= 0 or > 100)
                return Refuse($"{where}: allocation_pct {PlaybookNumbers.Describe(al)} is not a percentage in (0, 100]", out problem);
            allocation = pct / 100m;
        }

        var stop = Price(f, PlaybookFields.StopLoss, "stop_loss", where, ref problem);
        var target = Price(f, PlaybookFields.TakeProfit, "take_profit", where, ref problem);
        if (problem is not null) return null;
        if (intent == IntentAction.Buy && stop is { } s && target is { } t && s >= t)
            return Refuse($"{where}: BUY stop_loss {s} is not below take_profit {t}", out problem);

        var rationale = f.TryGet(PlaybookFields.Rationale, out var r, out _) ? FieldValues.Rationale(r) : "";
        return new ScenarioDefinition(Id(f, instrument, index, notes), instrument, condition, intent, confidence.Value / 100.0,
            allocation, stop, target, rationale.Length == 0 ? null : rationale);
    }

    private static decimal? Price(JsonFields f, string[] aliases, string name, string where, ref string? problem)
    {
        if (problem is not null || !f.TryGet(aliases, out var v, out var conflict) || v.ValueKind == JsonValueKind.Null) return null;
        if (conflict) problem = $"{where}: conflicting values for {name}";
        else if (!PlaybookNumbers.TryNumber(v, out var price, out var percent) || price <= 0)
            problem = $"{where}: {name} {PlaybookNumbers.Describe(v)} is not a positive price";
        else if (percent) problem = $"{where}: {name} {PlaybookNumbers.Describe(v)} is a percentage; a playbook needs a price level";
        else return price;
        return null;
    }

    /// <summary>The model's id when it is a short plain token; otherwise one made from the symbol and position.</summary>
    private static string Id(JsonFields f, InstrumentId instrument, int index, List<string> notes)
    {
        var given = f.Text(PlaybookFields.Id);
        if (given is not null && IdPattern().IsMatch(given)) return given;
        var symbol = instrument.Value[(instrument.Value.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var made = $"{symbol}-{index + 1}";
        notes.Add(given is null ? $"{instrument} scenario {index + 1}: id missing, named {made}" : $"{instrument} scenario {index + 1}: id {SafeText.Quote(given)} replaced by {made}");
        return made;
    }

    private static ScenarioDefinition? Refuse(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_.:\-]{1,40}$")]
    private static partial Regex IdPattern();
}
