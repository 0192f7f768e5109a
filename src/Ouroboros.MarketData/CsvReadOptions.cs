using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData;

/// <summary>Options for <see cref="CsvBarReader"/>. Everything is optional.</summary>
public sealed record CsvReadOptions
{
    /// <summary>The symbol; inferred from the file name when null (see <see cref="SymbolInference"/>).</summary>
    public string? Symbol { get; init; }

    /// <summary>The bar interval; inferred from the median spacing when null.</summary>
    public BarInterval? Interval { get; init; }

    /// <summary>Venue whose rules the instrument gets (Generic: none; Krx: ETF or stock by code).</summary>
    public Venue Venue { get; init; } = Venue.Generic;

    /// <summary>Overrides the asset class guessed for the venue (e.g. a KRX ETF not in the known list).</summary>
    public AssetClass? AssetClass { get; init; }
}
