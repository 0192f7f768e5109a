using Ouroboros.Domain.Venues;
using Ouroboros.Core.Errors;
using System.Globalization;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Application.Backtests;

/// <summary>Where a run's warm-up ends (its first time to trade) and which of the loaded bars it keeps for it.</summary>
internal static class WarmUpWindow
{
    /// <summary>
    /// Keeps up to <paramref name="bars"/> bars before <paramref name="from"/> per series (loaded without the start date and
    /// without the session check, which is applied here to exactly the bars the run uses). The warning says which
    /// series had fewer bars before <paramref name="from"/> than asked; null when all had enough.
    /// </summary>
    public static (List<LoadedSeries> Loaded, string? Warning) BeforeFrom(IReadOnlyList<LoadedSeries> loaded, DateTimeOffset from, int bars,
        bool checkSessions, bool extendedHours)
    {
        var kept = new List<LoadedSeries>(loaded.Count);
        var shortOnes = new List<string>();
        foreach (var l in loaded)
        {
            var all = l.Series;
            var first = all.IndexAtOrAfter(from);
            if (first == all.Count)
                throw new DataProblemException("data", $"{all.Source} has no bars between {Day(from)} and the end of the chosen range");
            var start = Math.Max(0, first - bars);
            if (first - start < bars) shortOnes.Add($"{all.Instrument.Id} {first - start}");
            var series = start == 0 ? all : all.Slice(all[start].Time, null);
            if (checkSessions && MarketCalendars.TryForVenue(series.Instrument.Venue, out var calendar))
                SessionCheck.ThrowIfOutside(series, calendar, all.Source ?? all.Instrument.Symbol, extendedHours);
            kept.Add(l with { Series = series, Gaps = GapDetector.Detect(series, l.Gaps.AroundTheClock) });
        }
        var warning = shortOnes.Count == 0 ? null
            : $"fewer than the {bars} warm-up bars asked for exist before {Day(from)} ({string.Join(", ", shortOnes)}); warmed up with what there is";
        return (kept, warning);
    }

    /// <summary>Without a start date: the time of the slice after the first <paramref name="bars"/> slices of the data.</summary>
    public static DateTimeOffset AfterFirstSlices(IReadOnlyList<BarSeries> series, int bars)
    {
        var times = new SortedSet<DateTimeOffset>();
        foreach (var s in series)
            foreach (ref readonly var b in s.Bars) times.Add(b.Time);
        if (bars >= times.Count)
            throw new InvalidInputException("warmup", $"«warmup» {bars} covers all {times.Count} bars of the data and leaves none to trade; use a smaller warm-up or more data");
        return times.ElementAt(bars);
    }

    /// <summary>What the run got: the kernel's count of warm-up slices and the span of bars they covered.</summary>
    public static BacktestWarmUp Describe(int requested, DateTimeOffset tradeFrom, IReadOnlyList<BarSeries> series, int slices, int discarded, string? warning)
    {
        DateTimeOffset? firstBar = null, lastBar = null;
        foreach (var s in series)
        {
            if (s.Count == 0 || s[0].Time >= tradeFrom) continue;
            var last = s[s.IndexAtOrAfter(tradeFrom) - 1].Time;
            if (firstBar is null || s[0].Time < firstBar) firstBar = s[0].Time;
            if (lastBar is null || last > lastBar) lastBar = last;
        }
        return new BacktestWarmUp(requested, slices, tradeFrom, firstBar, lastBar, discarded, warning);
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
