using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData;

/// <summary>
/// The validated content of one data file before an instrument is attached: what the CSV reader produces
/// and what the binary cache stores. <see cref="AdjustedCloses"/> is null when the file has no adjusted close.
/// </summary>
public sealed record ParsedBars(string Symbol, BarInterval Interval, CsvLayoutKind Layout, Bar[] Bars, decimal[]? AdjustedCloses)
{
    public BarSeries ToSeries(Instrument instrument, string? source = null) =>
        new(instrument, Interval, Bars, AdjustedCloses, source);
}
