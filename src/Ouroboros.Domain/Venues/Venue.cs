namespace Ouroboros.Domain.Venues;

/// <summary>
/// The rulebook an order executes under: an exchange, or exchanges that share one rulebook (NASDAQ, NYSE and AMEX
/// share the SEC fee and the cent tick, so they are one venue here). A venue decides ticks, lots, fees, taxes and the
/// calendar. It is not a broker: brokers are adapters behind Core's broker port (KIS routes to KRX and the US venues;
/// Bybit, a crypto exchange, is also the broker for its own venue; the simulated broker fills on any venue's rules).
/// Each venue's rules live beside it in this folder (<see cref="KrxVenue"/>, <see cref="UsVenue"/>, <see cref="BybitVenue"/>).
/// </summary>
public enum Venue
{
    /// <summary>No venue rules: only the commission given, no slippage, no taxes, whole units.</summary>
    Generic,
    Krx,
    Us,
    Bybit,
}
