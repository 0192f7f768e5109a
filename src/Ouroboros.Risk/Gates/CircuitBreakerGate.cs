using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Stops new entries for the rest of the day once the day's P&amp;L is at or below the threshold (default −3%).
/// Exits are still allowed: the breaker must never trap a position.
/// </summary>
public sealed class CircuitBreakerGate : IRiskGate
{
    public const decimal DefaultThreshold = -0.03m;

    public CircuitBreakerGate(decimal threshold = DefaultThreshold)
    {
        if (threshold is >= 0 or < -1)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The circuit-breaker threshold is a negative fraction, e.g. -0.03.");
        Threshold = threshold;
    }

    public string Name => "circuit_breaker";
    public decimal Threshold { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        if (check.Equity is not { } equity || check.DayStartEquity is not { } start || start <= 0)
            return RiskVerdict.Denied(Name, "data missing: equity and day-start equity are needed to compute daily P&L");
        var dailyPnl = (equity - start) / start;
        return dailyPnl <= Threshold
            ? RiskVerdict.Denied(Name, $"daily P&L {dailyPnl:P2} is at or below {Threshold:P2}; no new entries until the next day")
            : RiskVerdict.Approved;
    }
}
