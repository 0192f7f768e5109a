namespace Ouroboros.Fakes.Kis;

/// <summary>
/// A position an account starts with. <paramref name="Exchange"/> is <c>KRX</c> for domestic stocks or the overseas
/// order code (<c>NASD</c>, <c>NYSE</c>, <c>AMEX</c>, <c>TKSE</c>, <c>SEHK</c>, <c>SHAA</c>, <c>SZAA</c>, <c>VNSE</c>,
/// <c>HASE</c>); the position's currency follows from it.
/// </summary>
public sealed record FakeKisHolding(string Symbol, decimal Quantity, decimal AveragePrice, string Exchange = "KRX", string? Name = null);
