using Ouroboros.Core.Planning;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// SELL scenarios (no allocation: close the whole position) for an instrument held at planning time: an ATR stop
/// below the last close, a broken trend (close under SMA20) and an overbought exit (RSI14 above 75). The stop needs
/// the snapshot's figures; the other two are pure conditions, written even when the history is too short to scan.
/// </summary>
public static class ProtectiveScenarios
{
    public const string Stop = "stop";
    public const string TrendBroken = "trend-broken";
    public const string OverboughtExit = "overbought-exit";

    public static IReadOnlyList<ScenarioDefinition> For(InstrumentHistory history, InstrumentSnapshot? snapshot, double stopAtr = 2.0)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Position is not > 0) return [];
        var id = history.Instrument.Id;
        var held = $"held {Figures.Price(history.Position.Value)}" + (history.AverageCost is { } cost ? $" at {Figures.Price(cost)}" : "");
        var list = new List<ScenarioDefinition>(3);
        if (snapshot is not null && PriceLevels.Below(snapshot, stopAtr) is { } level)
        {
            list.Add(new ScenarioDefinition($"{id.Value}:{Stop}", id, $"close < {PriceLevels.Literal(level)}", IntentAction.Sell, 0.8,
                Rationale: $"protective stop: {held}; exit below {Figures.Price(level)} = last close {Figures.Price(snapshot.Close)} - {Figures.F1(stopAtr)} x atr14 {Figures.Price(snapshot.Atr14)}"));
        }

        var sma = snapshot is null ? "" : $" (last close {Figures.Price(snapshot.Close)}, sma20 {Figures.Price(snapshot.Sma20)})";
        list.Add(new ScenarioDefinition($"{id.Value}:{TrendBroken}", id, "close < sma20", IntentAction.Sell, 0.7,
            Rationale: $"trend broken: {held}; exit when the close falls below sma20{sma}"));
        var rsi = snapshot is null ? "" : $" (rsi14 now {Figures.F1(snapshot.Rsi14)})";
        list.Add(new ScenarioDefinition($"{id.Value}:{OverboughtExit}", id, "rsi14 > 75", IntentAction.Sell, 0.6,
            Rationale: $"overbought exit: {held}; take the gain when rsi14 rises above 75{rsi}"));
        return list;
    }
}
