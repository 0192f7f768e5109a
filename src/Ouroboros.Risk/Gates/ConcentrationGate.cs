using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies an entry that would leave one position worth more than a fraction (default 15%) of equity, valued at the
/// reference price, so no single instrument can sink the account.
/// </summary>
public sealed class ConcentrationGate : IRiskGate
{
    public const string GateName = "concentration";

    public ConcentrationGate(decimal maxPositionFraction)
    {
        if (maxPositionFraction is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(maxPositionFraction), maxPositionFraction,
                "The concentration limit is a fraction of equity in (0, 1], e.g. 0.15 for 15%.");
        MaxPositionFraction = maxPositionFraction;
    }

    public string Name => GateName;
    public decimal MaxPositionFraction { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // Reducing a position can only lower its weight.
        if (!check.IsEntry) return RiskVerdict.Approved;
        var figures = Figures(check);
        if (check.PositionValueAfter is not { } after)
            return RiskVerdict.Missing(Name, WhyUnvalued(check), figures);
        if (check.Account.Equity is not { } equity)
            return RiskVerdict.Missing(Name, "equity is unknown", figures);
        var limit = MaxPositionFraction * equity;
        return after > limit
            ? RiskVerdict.Denied(Name,
                $"position after the order would be worth {after:0.##}, above {MaxPositionFraction * 100:0.##}% of equity {equity:0.##} (limit {limit:0.##})",
                [.. figures, RiskFigure.Of("limit", limit)])
            : RiskVerdict.Approved;
    }

    /// <summary>Names which input leaves the position after the order without a value (shared with the exposure gate).</summary>
    internal static string WhyUnvalued(RiskCheck check) => check.PositionQuantity is null
        ? "the current position is unknown, so the position after the order cannot be valued"
        : "no reference price to value the position after the order";

    private static RiskFigure[] Figures(RiskCheck check) =>
    [
        RiskFigure.Of("position", check.PositionQuantity),
        RiskFigure.Of("position_after", check.PositionAfter),
        RiskFigure.Of("reference_price", check.ReferencePrice),
        RiskFigure.Of("position_value_after", check.PositionValueAfter),
        RiskFigure.Of("equity", check.Account.Equity),
    ];
}
