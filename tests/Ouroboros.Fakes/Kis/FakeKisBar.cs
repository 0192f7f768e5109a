namespace Ouroboros.Fakes.Kis;

/// <summary>
/// One bar as a test supplies it. <paramref name="Time"/> is the exchange's local time (KST for KRX): the date for a
/// daily bar, the bar's minute for a minute bar.
/// </summary>
public sealed record FakeKisBar(DateTime Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);
