namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>One price level of a book: the price and the quantity resting there.</summary>
public sealed record BookLevel(decimal Price, decimal Quantity);

/// <summary>
/// inquire-asking-price-exp-ccn (FHKST01010200, §5.3): ten asks (best first) and ten bids (best first), the totals and the
/// expected auction price. Levels the host left blank are left out, never shown as 0 @ 0.
/// </summary>
public sealed record DomesticOrderBook(
    string Symbol,
    TimeOnly? At,
    IReadOnlyList<BookLevel> Asks,
    IReadOnlyList<BookLevel> Bids,
    decimal? TotalAskQuantity,
    decimal? TotalBidQuantity,
    decimal? ExpectedPrice,
    decimal? ExpectedVolume);
