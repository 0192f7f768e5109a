namespace Ouroboros.Fakes.Kis;

/// <summary>
/// One print the combined fake made (<see cref="FakeKisServer.Print"/>): the symbol's market (<c>KRX</c> or an overseas
/// quote code), the print, and the day's figures after it, from which the real-time trade record is written.
/// </summary>
internal sealed record FakeKisPrint(
    string Code,
    string Market,
    string Name,
    decimal Price,
    decimal Volume,
    decimal CumulativeVolume,
    decimal CumulativeValue,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? BasePrice);
