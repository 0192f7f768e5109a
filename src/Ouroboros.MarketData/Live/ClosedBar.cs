using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData.Live;

/// <summary>A bar the aggregator will not change any more, for the instrument at index <see cref="Instrument"/>.</summary>
public readonly record struct ClosedBar(int Instrument, Bar Bar);
