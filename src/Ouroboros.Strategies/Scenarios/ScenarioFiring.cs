using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>What a fired scenario becomes: its intent, and the values its condition read (for the journal).</summary>
public static class ScenarioFiring
{
    /// <summary>
    /// A SELL without an allocation closes the whole position; an allocation sizes as a fraction of equity. The
    /// rationale starts with <paramref name="label"/> (e.g. "rules-generated") when one is given, then the scenario id.
    /// </summary>
    public static TradeIntent Intent(ScenarioDefinition s, StrategyId strategy, DateTimeOffset time, IntentOrigin origin, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sell = s.Action == IntentAction.Sell;
        var prefix = label is null ? "" : $"[{label}] ";
        return new TradeIntent(
            s.Instrument,
            sell && s.Allocation is null ? IntentAction.Close : s.Action,
            strategy,
            time,
            Size: s.Allocation is { } allocation ? new SizeSpec.PercentOfEquity(allocation) : null,
            Confidence: s.Confidence,
            Rationale: string.IsNullOrWhiteSpace(s.Rationale) ? $"{prefix}scenario {s.Id}: {s.Condition}" : $"{prefix}scenario {s.Id}: {s.Rationale}",
            TakeProfit: s.TakeProfit,
            StopLoss: s.StopLoss,
            Origin: origin);
    }

    /// <summary>The value of every name the condition reads; null where the value is missing (NaN).</summary>
    public static IReadOnlyDictionary<string, double?> ValuesRead(BoundCondition condition, SnapshotLayout layout, IndicatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(snapshot);
        return ValuesRead(condition, layout, snapshot.Values);
    }

    /// <summary>As above, from values laid out by <paramref name="layout"/> (e.g. those of a partial bar).</summary>
    public static IReadOnlyDictionary<string, double?> ValuesRead(BoundCondition condition, SnapshotLayout layout, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(layout);
        var read = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var value in condition.Values)
        {
            var v = values[layout.SlotOf(value)];
            read[value.Name] = double.IsNaN(v) ? null : v;
        }
        return read;
    }
}
