namespace Ouroboros.Live.Scheduling;

/// <summary>The jobs of a market's trading day, in the order they sort at equal times.</summary>
public enum AgentJobKind
{
    /// <summary>PRE_MARKET_MINUTES before the open: plan the day.</summary>
    PreMarket,

    /// <summary>At the open (a late open included).</summary>
    SessionOpen,

    /// <summary>Every RESCAN_INTERVAL_SECONDS of the regular session, lunch breaks excepted.</summary>
    Rescan,

    /// <summary>Daily mode: DAILY_SESSIONS decision sessions, SESSION_INTERVAL_HOURS apart from the open.</summary>
    DailySession,

    /// <summary>Realtime mode: a decision cycle every RealtimeCycleSeconds of the regular session.</summary>
    RealtimeCycle,

    /// <summary>At the close (an early close included).</summary>
    SessionClose,

    /// <summary>PostMarketDelayMinutes after the close: the day's review.</summary>
    PostMarket,
}
