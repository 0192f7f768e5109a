using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// Settings of <see cref="RulesPlaybookPlanner"/>. Stops and take profits are <see cref="StopAtr"/> /
/// <see cref="TakeProfitAtr"/> ATR14 below / above the last close. The stance is Bullish when at least
/// <see cref="BullishBreadth"/> of the instruments close above their SMA50, Bearish at or below
/// <see cref="BearishBreadth"/>, Neutral between.
/// </summary>
public sealed record RulesPlannerOptions
{
    public VolatilityScannerOptions Scanner { get; init; } = new();

    /// <summary>Fraction of equity per BUY scenario.</summary>
    public decimal Allocation { get; init; } = 0.10m;

    public double StopAtr { get; init; } = 2.0;

    public double TakeProfitAtr { get; init; } = 3.0;

    public double BullishBreadth { get; init; } = 0.6;

    public double BearishBreadth { get; init; } = 0.4;

    /// <summary>Throws with every problem at once.</summary>
    public RulesPlannerOptions Validated()
    {
        ArgumentNullException.ThrowIfNull(Scanner);
        var problems = new List<string>();
        if (Allocation is not (> 0 and <= 1)) problems.Add($"Allocation must be in (0, 1], not {Allocation}");
        if (!(StopAtr is > 0 and <= 20)) problems.Add($"StopAtr must be in (0, 20], not {StopAtr}");
        if (!(TakeProfitAtr is > 0 and <= 50)) problems.Add($"TakeProfitAtr must be in (0, 50], not {TakeProfitAtr}");
        if (!(BearishBreadth is >= 0 and <= 1) || !(BullishBreadth is >= 0 and <= 1) || BearishBreadth >= BullishBreadth)
            problems.Add($"breadth thresholds must satisfy 0 <= BearishBreadth ({BearishBreadth}) < BullishBreadth ({BullishBreadth}) <= 1");
        if (problems.Count > 0) throw new ArgumentException("rules planner: " + string.Join("; ", problems));
        Scanner.Validated();
        return this;
    }
}
