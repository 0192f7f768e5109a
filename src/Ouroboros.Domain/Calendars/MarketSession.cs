namespace Ouroboros.Domain.Calendars;

/// <summary>Which part of its day a market is in at an instant (see <see cref="MarketCalendar.SessionAt"/>).</summary>
public enum MarketSession
{
    /// <summary>A weekend, or a trading day outside every window (night, or between the pre/after windows and the session).</summary>
    Closed,

    /// <summary>The whole local day of an exchange holiday on a weekday.</summary>
    Holiday,

    /// <summary>Before the regular session, in a window the broker accepts orders for (KRX 08:30, US 04:00 ET).</summary>
    PreMarket,

    /// <summary>The regular (continuous) session; the only time <see cref="MarketCalendar.IsOpen"/> is true.</summary>
    Regular,

    /// <summary>The midday break of Tokyo, Hong Kong, Shanghai, Shenzhen and Vietnam.</summary>
    Lunch,

    /// <summary>After the regular session, in a window the broker accepts orders for (KRX until 18:00, US until 20:00 ET).</summary>
    AfterHours,
}
