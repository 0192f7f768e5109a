using System.Globalization;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// Why a run that placed no order could not trade, in the user's words, so that "0 trades" never comes without a
/// reason: a strategy whose look-back is longer than the data, cash that buys no lot of anything, risk gates that
/// denied every entry, entries sized to nothing, or simply no signal. Empty when the run traded.
/// </summary>
public static class NoTradeReasons
{
    /// <summary>
    /// The declared parameter that needs the most bars before the strategy can signal (integer parameters counted in
    /// bars or periods); null when none does.
    /// </summary>
    public static (string Name, long Bars)? LongestLookBack(IReadOnlyList<StrategyParameter> declared, StrategyParameters values)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(values);
        (string, long)? longest = null;
        foreach (var p in declared.Where(p => p.Kind == ParameterKind.Integer && IsLookBack(p)))
        {
            if (!values.Values.TryGetValue(p.Name, out var text) || !long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bars)) continue;
            if (longest is not { } l || bars > l.Item2) longest = (p.Name, bars);
        }
        return longest;
    }

    public static IReadOnlyList<string> Explain(KernelResult result, IReadOnlyList<BarSeries> series, decimal cash, (string Name, long Bars)? lookBack, DateTimeOffset? tradeFrom)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(series);
        if (result.Fills.Count > 0) return [];
        var reasons = new List<string>();
        var longest = series.Max(s => s.Count);
        if (lookBack is { } l && l.Bars >= longest)
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the strategy needs {l.Bars:N0} bars of warm-up ({l.Name}={l.Bars}) but the data has {longest:N0}"));
        if (CheapestLot(series, tradeFrom) is { } lot && cash < lot.Cost)
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"cash {cash:#,0.##} buys no lot (cheapest lot {lot.Cost:#,0.##} {lot.Currency}: {lot.Symbol})"));
        var denials = result.RiskDecisions.Count(d => !d.Approved);
        if (denials > 0) reasons.Add($"the risk gates denied all {denials} entries (the risk report says which rules)");
        if (result.SkippedIntents.Count > 0)
            reasons.Add($"{result.SkippedIntents.Count} entries were skipped, e.g. {result.SkippedIntents[0].Instrument}: {result.SkippedIntents[0].Reason}");
        if (result.Orders.Count > 0) reasons.Add($"{result.Orders.Count} orders were placed but none filled");
        if (reasons.Count == 0) reasons.Add("the strategy gave no entry signal in the period");
        return reasons;
    }

    private static bool IsLookBack(StrategyParameter p) =>
        p.Description.Contains("bars", StringComparison.OrdinalIgnoreCase) || p.Description.Contains("period", StringComparison.OrdinalIgnoreCase)
        || p.Name.Contains("lookback", StringComparison.OrdinalIgnoreCase);

    /// <summary>One lot of each instrument at its first traded close, in the currency the data is priced in.</summary>
    private static (decimal Cost, string Currency, string Symbol)? CheapestLot(IReadOnlyList<BarSeries> series, DateTimeOffset? tradeFrom)
    {
        (decimal, string, string)? cheapest = null;
        foreach (var s in series)
        {
            var bars = s.Bars;
            var i = 0;
            while (tradeFrom is { } from && i < bars.Length && bars[i].Time < from) i++;
            if (i >= bars.Length) continue;
            var lot = Math.Max(s.Instrument.MinQuantity, s.Instrument.QuantityStep);
            var cost = bars[i].Close * lot;
            var currency = InstrumentFit.LikelyVenue(s) is { } venue ? InstrumentFit.CurrencyOf(venue) : s.Instrument.Currency;
            if (cheapest is not { } c || cost < c.Item1) cheapest = (cost, currency.ToString(), s.Instrument.Symbol);
        }
        return cheapest;
    }
}
