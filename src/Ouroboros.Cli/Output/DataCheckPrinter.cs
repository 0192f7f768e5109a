using Ouroboros.Application.MarketData;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Cli.Output;

/// <summary>`data check`: one line per file (symbol, interval, bars, range, adjusted closes, gaps), then the first 20 gaps.</summary>
public static class DataCheckPrinter
{
    private const int GapsShown = 20;

    public static async Task PrintAsync(TextWriter output, CheckDataResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var s = result.Series;
        await output.WriteLineAsync($"{result.File}: {(InstrumentNames.NameOf(s.Instrument.Id) is { } name ? $"{name} ({s.Instrument.Symbol})" : s.Instrument.Symbol)} {s.Interval}, {s.Count} bars, {Format.Date(s.First)} → {Format.Date(s.Last)}, adjusted close: {(s.HasAdjustedCloses ? "yes" : "no")}, {result.Gaps}").ConfigureAwait(false);
        foreach (var g in result.Gaps.Gaps.Take(GapsShown))
            await output.WriteLineAsync($"  gap {g}").ConfigureAwait(false);
        if (result.Gaps.Count > GapsShown) await output.WriteLineAsync($"  ... and {result.Gaps.Count - GapsShown} more gaps").ConfigureAwait(false);
    }
}
