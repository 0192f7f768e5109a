using System.Globalization;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Risk.Data;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Parity;

/// <summary>Real daily KRX bars and VIX closes from the repository's data folder, loaded once per test run.</summary>
internal static class KrxData
{
    private static readonly Lazy<ReferenceSeries> VixSeries = new(LoadVix);

    /// <summary>Daily VIX closes, each known from 16:15 New York time on its date (as the application's loader reads them).</summary>
    public static ReferenceSeries Vix => VixSeries.Value;

    /// <summary>The daily bars of the given KRX codes between two dates (inclusive).</summary>
    public static IReadOnlyList<BarSeries> Daily(DateOnly from, DateOnly to, params string[] codes)
    {
        var options = new LoadOptions
        {
            Venue = Venue.Krx,
            UseCache = false,
            From = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To = new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
        var loader = new MarketDataLoader(null);
        return [.. codes.Select(code => loader.Load(RepoPaths.Data("kr", $"krx-{code}-daily.csv"), options).Series)];
    }

    private static ReferenceSeries LoadVix()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var points = new List<(DateTimeOffset, decimal)>();
        foreach (var line in File.ReadLines(RepoPaths.Data("vix", "VIX-close-daily-1993-2025.csv")).Skip(1))
        {
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            var date = DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var local = date.ToDateTime(new TimeOnly(16, 15));
            points.Add((new DateTimeOffset(local, newYork.GetUtcOffset(local)).ToUniversalTime(), decimal.Parse(cells[1], CultureInfo.InvariantCulture)));
        }
        return new ReferenceSeries("VIX", points);
    }
}
