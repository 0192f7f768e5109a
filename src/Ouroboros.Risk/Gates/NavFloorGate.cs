using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Stops new buys while equity is below a fraction (default 80%) of the initial equity. Sells stay allowed: below the
/// floor the account should be getting smaller, not larger.
/// </summary>
public sealed class NavFloorGate : IRiskGate
{
    public const string GateName = "nav_floor";

    public NavFloorGate(decimal floorFraction)
    {
        if (floorFraction is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(floorFraction), floorFraction,
                "The NAV floor is a fraction of the initial equity in [0, 1], e.g. 0.80 for 80%.");
        FloorFraction = floorFraction;
    }

    public string Name => GateName;
    public decimal FloorFraction { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsBuyEntry) return RiskVerdict.Approved;
        var account = check.Account;
        RiskFigure[] figures = [RiskFigure.Of("equity", account.Equity), RiskFigure.Of("initial_equity", account.InitialEquity), RiskFigure.Of("floor_fraction", FloorFraction)];
        if (account.Equity is not { } equity)
            return RiskVerdict.Missing(Name, "equity is unknown", figures);
        if (account.InitialEquity is not { } initial)
            return RiskVerdict.Missing(Name, "initial equity is unknown", figures);
        var floor = FloorFraction * initial;
        return equity < floor
            ? RiskVerdict.Denied(Name,
                $"equity {equity:0.##} is below the NAV floor {floor:0.##} ({FloorFraction * 100:0.##}% of initial equity {initial:0.##}): no new buys",
                [.. figures, RiskFigure.Of("floor", floor)])
            : RiskVerdict.Approved;
    }
}
