namespace Ouroboros.Live.Scheduling;

/// <summary>How a market's trading day is driven (setting TRADE_MODE).</summary>
public enum TradeMode
{
    /// <summary>A few decision sessions a day (<see cref="DailyCycleOptions.DailySessions"/>); the default.</summary>
    Daily,

    /// <summary>A decision cycle every <see cref="DailyCycleOptions.RealtimeCycleSeconds"/> of the regular session.</summary>
    Realtime,
}
