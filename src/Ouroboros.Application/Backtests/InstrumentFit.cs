using Ouroboros.Core.Errors;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// Refuses runs whose instruments cannot belong together or to the venue asked for. A run has one account currency:
/// KRW and USD prices added into one equity curve are nonsense, and so are KRX fees and ticks on a US ticker. The
/// venue an instrument belongs to is read from what the data says about it (a KRX code is six characters with digits, a
/// US ticker is letters, a crypto pair ends in its quote currency; the file's source prefix when it has one); an
/// instrument that says nothing is not judged.
/// </summary>
public static class InstrumentFit
{
    private static readonly string[] CryptoQuotes = ["USDT", "USDC", "BUSD", "USD", "BTC", "ETH"];

    /// <summary>The venue the instrument's own symbol and file name point to; null when they do not say.</summary>
    public static Venue? LikelyVenue(BarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var file = Path.GetFileName(series.Source ?? "").ToLowerInvariant();
        if (file.StartsWith("krx-", StringComparison.Ordinal)) return Venue.Krx;
        if (file.StartsWith("binance-", StringComparison.Ordinal) || file.StartsWith("bybit-", StringComparison.Ordinal)) return Venue.Bybit;
        if (file.StartsWith("yahoo-", StringComparison.Ordinal)) return Venue.Us;
        var symbol = series.Instrument.Symbol;
        if (symbol.Length == 6 && symbol.Count(char.IsAsciiDigit) >= 4 && symbol.All(char.IsAsciiLetterOrDigit)) return Venue.Krx;
        if (symbol.Length > 5 && symbol.All(char.IsAsciiLetterUpper) && CryptoQuotes.Any(q => symbol.EndsWith(q, StringComparison.Ordinal))) return Venue.Bybit;
        return null;
    }

    /// <summary>The currency an instrument of that venue is priced in.</summary>
    public static Currency CurrencyOf(Venue venue) => VenueRules.Instrument(venue, "000000").Currency;

    /// <summary>Throws when the instruments are priced in more than one currency, naming the files of each.</summary>
    public static void CheckOneCurrency(IReadOnlyList<BarSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var byCurrency = series
            .Select(s => (Series: s, Venue: LikelyVenue(s)))
            .Where(x => x.Venue is not null)
            .GroupBy(x => CurrencyOf(x.Venue!.Value))
            .OrderBy(g => g.Key)
            .ToList();
        if (byCurrency.Count < 2) return;
        var lists = byCurrency.Select(g => $"{g.Key}: {Listed(g.Select(x => FileName(x.Series)))}");
        throw new DataProblemException("data",
            $"the data mixes currencies ({string.Join("; ", lists)}); a run has one account currency: put each currency's files in a folder of its own and run them separately, e.g. «data» {string.Join(" «data» ", byCurrency[0].Take(2).Select(x => x.Series.Source ?? x.Series.Instrument.Symbol))}");
    }

    /// <summary>
    /// Throws when an instrument plainly belongs to another venue than the one asked for; <paramref name="input"/> and
    /// <paramref name="asked"/> name what the user typed (the venue, or the market whose venue it is).
    /// </summary>
    public static void CheckVenue(IReadOnlyList<BarSeries> series, Venue venue, string input = "venue", string? asked = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (venue == Venue.Generic) return;
        var misfits = series.Select(s => (Series: s, Likely: LikelyVenue(s))).Where(x => x.Likely is { } v && v != venue).ToList();
        if (misfits.Count == 0) return;
        var first = misfits[0];
        var name = Name(venue);
        var fix = input == "venue"
            ? $"use «venue» {Name(first.Likely!.Value)} for it, or leave «venue» out for the generic model"
            : $"give «{input}» the market of that data, or «data» of {asked ?? name}";
        throw new InvalidInputException(input,
            $"«{input}» {asked ?? name} does not fit {Listed(misfits.Select(m => $"{m.Series.Instrument.Symbol} ({FileName(m.Series)})"))}: " +
            $"{first.Series.Instrument.Symbol} looks like a {Name(first.Likely!.Value).ToUpperInvariant()} instrument priced in {CurrencyOf(first.Likely.Value)}, " +
            $"and {name.ToUpperInvariant()} fees, ticks and lots would be applied to it; {fix}");
    }

    public static string Name(Venue venue) => venue.ToString().ToLowerInvariant();

    /// <summary>The first three, then how many more, so a folder of a hundred files still gives one readable line.</summary>
    private static string Listed(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 3 ? string.Join(", ", all) : $"{string.Join(", ", all.Take(3))} and {all.Count - 3} more";
    }

    private static string FileName(BarSeries s) => s.Source is { } source ? Path.GetFileName(source) : s.Instrument.Symbol;
}
