using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies any order once <see cref="MaxPerMinute"/> orders were approved in the 60 seconds up to the check's time
/// (an order exactly 60 seconds old still counts). Unlike the daily count this throttles exits too: a runaway loop of
/// exits hammers the broker just as hard, and a throttled exit can go a minute later.
/// </summary>
public sealed class OrderRateGate : IRiskGate
{
    public const string GateName = "order_rate";
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    public OrderRateGate(int maxPerMinute)
    {
        if (maxPerMinute < 1)
            throw new ArgumentOutOfRangeException(nameof(maxPerMinute), maxPerMinute, "The order rate limit must allow at least one order per minute.");
        MaxPerMinute = maxPerMinute;
    }

    public string Name => GateName;
    public int MaxPerMinute { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var since = check.Time - Window;
        var recent = check.History.OrdersSince(since);
        return recent >= MaxPerMinute
            ? RiskVerdict.Denied(Name, $"{recent} orders approved since {since.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z reach the limit of {MaxPerMinute} per minute; try again in a minute",
                RiskFigure.Of("orders_last_minute", recent), RiskFigure.Of("limit", MaxPerMinute), RiskFigure.Of("window_start", since), RiskFigure.Of("time", check.Time))
            : RiskVerdict.Approved;
    }
}
