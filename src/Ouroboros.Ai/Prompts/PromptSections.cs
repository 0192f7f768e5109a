using System.Text;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// Renders the context's sections as text: per instrument a compact <c>t,o,h,l,c,v</c> CSV per timeframe (dates for daily
/// and weekly bars, UTC times for intraday ones) and one indicator line per timeframe; positions, risk limits, memory and
/// candidates as short lists.
/// </summary>
internal static class PromptSections
{
    public static string Instruments(PromptContext context, TruncationState state)
    {
        var sb = new StringBuilder();
        foreach (var instrument in context.Instruments)
        {
            var i = instrument.Instrument;
            sb.Append("## ").Append(i.Id.Value);
            if (!string.IsNullOrWhiteSpace(i.Name)) sb.Append(" (").Append(i.Name).Append(')');
            sb.Append(" — ").Append(i.AssetClass.ToString().ToLowerInvariant()).Append(", ").Append(i.Currency).Append('\n');
            foreach (var timeframe in instrument.Timeframes)
            {
                if (state.DroppedTimeframes.Contains(timeframe.Label)) continue;
                Timeframe(sb, timeframe, state.RowLimit.GetValueOrDefault(timeframe.Label, int.MaxValue));
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static void Timeframe(StringBuilder sb, TimeframeView timeframe, int limit)
    {
        var bars = timeframe.Bars;
        var shown = Math.Min(limit, bars.Count);
        sb.Append("### ").Append(timeframe.Label).Append(", last ").Append(shown).Append(" of ").Append(bars.Count).Append(" bars");
        if (timeframe.LastIsPartial && bars.Count > 0) sb.Append("; last row is the current week so far (closed days only)");
        sb.Append('\n');
        if (shown > 0)
        {
            sb.Append("t,o,h,l,c,v\n");
            for (var k = bars.Count - shown; k < bars.Count; k++) Row(sb, bars[k], timeframe.IsIntraday);
        }
        var ind = timeframe.Indicators;
        sb.Append("indicators ").Append(timeframe.Label).Append(": rsi14=").Append(PromptNumbers.Indicator(ind.Rsi14))
            .Append(" atr14=").Append(PromptNumbers.Indicator(ind.Atr14))
            .Append(" volratio20=").Append(PromptNumbers.Indicator(ind.VolumeRatio20))
            .Append(" roc10=").Append(PromptNumbers.Indicator(ind.Roc10)).Append('\n');
    }

    private static void Row(StringBuilder sb, in Bar bar, bool intraday)
    {
        var t = bar.Time.ToUniversalTime();
        sb.Append(intraday ? t.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture)
                           : t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append(',').Append(PromptNumbers.Price(bar.Open))
            .Append(',').Append(PromptNumbers.Price(bar.High))
            .Append(',').Append(PromptNumbers.Price(bar.Low))
            .Append(',').Append(PromptNumbers.Price(bar.Close))
            .Append(',').Append(PromptNumbers.Price(bar.Volume)).Append('\n');
    }

    public static string Positions(PromptContext context)
    {
        var lines = context.Instruments.Select(i =>
        {
            var head = i.Instrument.Id.Value + ": ";
            if (i.Quantity is null) return head + "position unknown, last " + PromptNumbers.Price(i.LastPrice);
            if (i.Quantity == 0) return head + "flat, last " + PromptNumbers.Price(i.LastPrice);
            var pct = i.PnlPercent is { } p ? $" ({(p >= 0 ? "+" : "")}{PromptNumbers.Price(p)}%)" : "";
            return head + "qty " + PromptNumbers.Price(i.Quantity) + ", avg cost " + PromptNumbers.Price(i.AverageCost)
                + ", last " + PromptNumbers.Price(i.LastPrice) + ", P&L " + PromptNumbers.Price(i.Pnl) + pct;
        });
        return List(lines);
    }

    public static string List(IEnumerable<string> lines)
    {
        var text = string.Join('\n', lines.Select(l => "- " + l));
        return text.Length == 0 ? "(none)" : text;
    }
}
