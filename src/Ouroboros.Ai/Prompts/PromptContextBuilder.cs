using Ouroboros.Ai.Decisions;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Ai.Prompts;

/// <summary>
/// Builds the point-in-time <see cref="PromptContext"/>. A bar is known once <c>Time + BarLength ≤ AsOf</c>; every other
/// bar is dropped before anything is derived from it, so nothing after AsOf can reach a prompt. Daily (or longer) base
/// bars get a weekly timeframe; intraday base bars get 1h and 4h when those are whole multiples of the base length.
/// </summary>
public static class PromptContextBuilder
{
    /// <summary>Risk, memory and candidate lines are cleaned like model text (they may quote it) and capped at this length.</summary>
    public const int MaxLineLength = 1_000;

    public static PromptContext Build(
        string market,
        DateTimeOffset asOf,
        IEnumerable<PromptInstrument> instruments,
        IEnumerable<string>? riskLimits = null,
        IEnumerable<string>? memory = null,
        IEnumerable<string>? candidates = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        ArgumentNullException.ThrowIfNull(instruments);
        var contexts = instruments.Select(i => Instrument(i, asOf)).ToArray();
        return new PromptContext(
            market.Trim(),
            asOf,
            LocalTimeText.Format(asOf, market),
            contexts,
            Lines(riskLimits),
            Lines(memory),
            Lines(candidates));
    }

    private static string[] Lines(IEnumerable<string>? lines) =>
        lines is null ? [] : [.. lines.Select(l => SafeText.Clean(l, MaxLineLength)).Where(l => l.Length > 0)];

    private static InstrumentContext Instrument(PromptInstrument input, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.BarLength <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(input), input.BarLength, "BarLength must be positive.");
        var known = input.Bars.Where(b => b.Time + input.BarLength <= asOf).OrderBy(b => b.Time).ToArray();
        var timeframes = new List<TimeframeView> { View(Label(input.BarLength), input.BarLength, known, lastIsPartial: false) };
        if (input.BarLength >= TimeSpan.FromDays(1))
        {
            if (input.BarLength == TimeSpan.FromDays(1))
            {
                var weeks = BarAggregator.Weeks(known, asOf, out var partial);
                timeframes.Add(View("1w", TimeSpan.FromDays(7), weeks, partial));
            }
        }
        else
        {
            foreach (var coarser in new[] { TimeSpan.FromHours(1), TimeSpan.FromHours(4) })
            {
                if (coarser <= input.BarLength || coarser.Ticks % input.BarLength.Ticks != 0) continue;
                timeframes.Add(View(Label(coarser), coarser, BarAggregator.Buckets(known, coarser, asOf), lastIsPartial: false));
            }
        }
        var last = input.LastPrice ?? (known.Length > 0 ? known[^1].Close : null);
        return new InstrumentContext(input.Instrument, timeframes, input.Quantity, input.AverageCost, last);
    }

    private static TimeframeView View(string label, TimeSpan length, IReadOnlyList<Bar> bars, bool lastIsPartial) =>
        new(label, length, bars, lastIsPartial, IndicatorSnapshot.Of(bars, lastIsPartial ? bars.Count - 1 : bars.Count));

    private static string Label(TimeSpan length) => new BarInterval(length).ToString();
}
