using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies new entries once <see cref="MaxPerDay"/> orders have been approved in the current trading day: a strategy
/// that trades far more than planned is churning fees or misbehaving. Exits are never trapped by a counter — a full
/// count must not keep a position open — but they are counted, so exits use up the day's allowance for entries.
/// </summary>
public sealed class DailyOrderCountGate : IRiskGate
{
    public const string GateName = "daily_order_count";

    public DailyOrderCountGate(int maxPerDay)
    {
        if (maxPerDay < 1)
            throw new ArgumentOutOfRangeException(nameof(maxPerDay), maxPerDay, "The daily order limit must allow at least one order per day.");
        MaxPerDay = maxPerDay;
    }

    public string Name => GateName;
    public int MaxPerDay { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        var today = check.History.OrdersToday;
        return today >= MaxPerDay
            ? RiskVerdict.Denied(Name, $"{today} orders already approved on trading day {check.TradingDate:yyyy-MM-dd} reach the limit of {MaxPerDay} per day; only exits until the next trading day",
                RiskFigure.Of("orders_today", today), RiskFigure.Of("limit", MaxPerDay), new RiskFigure("trading_date", check.TradingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            : RiskVerdict.Approved;
    }
}
