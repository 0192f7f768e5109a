using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Feeds;

/// <summary>
/// The best bid and ask. A side the venue did not quote is null, never zero; a crossed quote is refused as bad input.
/// </summary>
public sealed record FeedQuote : FeedEvent
{
    public FeedQuote(InstrumentId instrument, DateTimeOffset time, decimal? bid, decimal? ask)
        : base(time)
    {
        if (bid is <= 0) throw new ArgumentOutOfRangeException(nameof(bid), bid, "a bid must be positive or missing");
        if (ask is <= 0) throw new ArgumentOutOfRangeException(nameof(ask), ask, "an ask must be positive or missing");
        if (bid > ask) throw new ArgumentException($"bid {bid} is above ask {ask}", nameof(bid));
        Instrument = instrument;
        Bid = bid;
        Ask = ask;
    }

    public InstrumentId Instrument { get; }
    public decimal? Bid { get; }
    public decimal? Ask { get; }

    /// <summary>The midpoint, or null unless both sides are quoted.</summary>
    public decimal? Mid => Bid is { } b && Ask is { } a ? (b + a) / 2m : null;
}
