using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Feeds;

/// <summary>One print: a positive price and a size that is not negative (zero for venues that do not report it).</summary>
public sealed record FeedTrade : FeedEvent
{
    public FeedTrade(InstrumentId instrument, DateTimeOffset time, decimal price, decimal size)
        : base(time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        Instrument = instrument;
        Price = price;
        Size = size;
    }

    public InstrumentId Instrument { get; }
    public decimal Price { get; }
    public decimal Size { get; }
}
