using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData;

/// <summary>
/// Loads a bar file: from the binary cache when it matches the source file, else from CSV (then caches it);
/// attaches the instrument, applies adjusted prices and the date range, checks the bars against the venue's exchange
/// calendar, and reports gaps.
/// </summary>
public sealed class MarketDataLoader
{
    /// <param name="cache">The cache to use; default <see cref="BinaryBarCache.DefaultDirectory"/>.</param>
    public MarketDataLoader(BinaryBarCache? cache = null)
    {
        Cache = cache ?? new BinaryBarCache();
    }

    public BinaryBarCache Cache { get; }

    public LoadedSeries Load(string path, LoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new LoadOptions();
        if (options.From is { } f && options.To is { } t && f > t)
            throw new ArgumentException($"From {f:O} is after To {t:O}.", nameof(options));
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath)) throw new MarketDataException(path, "file not found");

        ParsedBars? data = null;
        string? warning = null;
        var stamp = SourceStamp.Of(fullPath);
        if (options.UseCache) data = Cache.TryLoad(stamp, out _);
        var fromCache = data is not null;
        if (data is null)
        {
            data = CsvBarReader.ReadParsed(fullPath);
            if (options.UseCache) Cache.TrySave(stamp, data, out warning);
        }

        var instrument = VenueRules.Instrument(options.Venue, options.Symbol ?? data.Symbol, options.AssetClass);
        var series = data.ToSeries(instrument, fullPath);
        if (options.Adjusted)
        {
            if (!series.HasAdjustedCloses)
                throw new MarketDataException(path, "adjusted prices were asked for but the file has no adjusted close column (adj_close or Adj Close)");
            series = series.WithAdjustedPrices();
        }
        if (options.From is not null || options.To is not null) series = series.Slice(options.From, options.To);
        // Only the bars the run will use are judged, so a bad day outside --from/--to does not block it.
        var hasCalendar = MarketCalendars.TryForVenue(instrument.Venue, out var calendar);
        if (options.CheckSessions && hasCalendar)
            SessionCheck.ThrowIfOutside(series, calendar!, path, options.ExtendedHours);
        // With the venue's calendar, daily gaps are judged against its trading days, so Seollal or Chuseok is no gap.
        Func<DateOnly, bool>? isSessionDay = hasCalendar && !calendar!.IsAroundTheClock ? calendar.IsTradingDay : null;
        return new LoadedSeries(series, GapDetector.Detect(series, options.AroundTheClock, isSessionDay), fromCache, warning);
    }
}
