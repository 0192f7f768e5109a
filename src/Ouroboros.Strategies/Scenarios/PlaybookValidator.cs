using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Checks a whole scenario set and reports every problem at once: syntax errors (the first per condition), every
/// unknown or invalid name, duplicate ids, too many scenarios for one instrument and out-of-range trade fields.
/// </summary>
public static class PlaybookValidator
{
    /// <summary>All problems (empty when valid) and the bound condition of each valid scenario, by index.</summary>
    public static IReadOnlyList<PlaybookError> Validate(
        IReadOnlyList<ScenarioDefinition> scenarios, int maxPerInstrument, out BoundCondition?[] conditions)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerInstrument, 1);
        var errors = new List<PlaybookError>();
        conditions = new BoundCondition?[scenarios.Count];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var perInstrument = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scenarios.Count; i++)
        {
            var s = scenarios[i];
            var id = string.IsNullOrWhiteSpace(s.Id) ? $"#{i + 1}" : s.Id;
            void Fail(string message, int position = 0) => errors.Add(new PlaybookError(id, position, message));

            if (string.IsNullOrWhiteSpace(s.Id)) Fail("the id is empty");
            else if (!ids.Add(s.Id)) Fail("the id is used by another scenario");
            var count = perInstrument[s.Instrument.Value] = perInstrument.GetValueOrDefault(s.Instrument.Value) + 1;
            if (count == maxPerInstrument + 1) Fail($"{s.Instrument} has more than {maxPerInstrument} scenarios");
            if (s.Action is not (IntentAction.Buy or IntentAction.Sell)) Fail($"action must be BUY or SELL, not {s.Action}");
            if (!(s.Confidence is >= 0 and <= 1)) Fail($"confidence must be between 0 and 1, not {s.Confidence}");
            if (s.Allocation is { } allocation && allocation is not (> 0 and <= 1))
                Fail($"allocation must be a fraction of equity in (0, 1], not {allocation}");
            if (s.StopLoss is <= 0) Fail($"stop loss must be a positive price, not {s.StopLoss}");
            if (s.TakeProfit is <= 0) Fail($"take profit must be a positive price, not {s.TakeProfit}");
            if (s is { StopLoss: { } stop, TakeProfit: { } take } && (s.Action == IntentAction.Buy ? stop >= take : s.Action == IntentAction.Sell && stop <= take))
                Fail($"stop loss {stop} is on the wrong side of take profit {take} for a {s.Action}");

            if (string.IsNullOrWhiteSpace(s.Condition))
            {
                Fail("the condition is empty");
                continue;
            }
            var conditionErrors = new List<ConditionError>();
            conditions[i] = ConditionBinder.Bind(s.Condition, conditionErrors);
            foreach (var e in conditionErrors) Fail(e.Message, e.Position);
        }
        return errors;
    }
}
