using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies an entry when the equity its strategy would have at risk after it exceeds <see cref="BudgetFraction"/> of
/// equity, so that no single strategy can lose more than its budget if every one of its stops is hit at once.
/// <para>
/// The budget: a position's risk is what it loses from entry to its stop, |quantity| × the per-unit stop distance set
/// at entry (<see cref="IRiskHistory.StopDistanceOf"/>), which equals |value| × distance / price; when no distance was
/// recorded it is |value| × <see cref="DefaultStopFraction"/>. The strategy's risk is the sum over the account's
/// positions whose holder (<see cref="IRiskHistory.HolderOf"/>) is the order's strategy, plus the order's own value ×
/// its stop fraction: |reference − stop| / reference when the intent gave a stop price, else the default. An order
/// that adds to the strategy's own position is charged on top of it; one that reverses a position is charged as if
/// the old position stayed (conservative). The limit is inclusive: risk equal to the budget is allowed.
/// </para>
/// Exits only free budget and are never held back.
/// </summary>
public sealed class StrategyRiskBudgetGate : IRiskGate
{
    public const string GateName = "strategy_risk_budget";

    public StrategyRiskBudgetGate(decimal budgetFraction, decimal defaultStopFraction)
    {
        if (budgetFraction is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(budgetFraction), budgetFraction, "The strategy risk budget is a fraction of equity in (0, 1], e.g. 0.02.");
        if (defaultStopFraction is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(defaultStopFraction), defaultStopFraction, "The default stop distance is a positive fraction of the price below 1, e.g. 0.02.");
        BudgetFraction = budgetFraction;
        DefaultStopFraction = defaultStopFraction;
    }

    public string Name => GateName;
    public decimal BudgetFraction { get; }
    public decimal DefaultStopFraction { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        var strategy = check.Order.Strategy;
        var strategyFigure = new RiskFigure("strategy", strategy.Value);
        if (check.Account.Equity is not { } equity)
            return RiskVerdict.Missing(Name, "equity is unknown", strategyFigure, RiskFigure.Of("equity", (decimal?)null));
        if (check.Account.Positions is not { } positions)
            return RiskVerdict.Missing(Name, "the account's positions are unknown", strategyFigure);
        if (check.EstimatedValue is not { } orderValue)
            return RiskVerdict.Missing(Name, "no price to value the order", strategyFigure, RiskFigure.Of("order_value", (decimal?)null));

        var orderStop = DefaultStopFraction;
        if (check.StopLossPrice is { } stop)
        {
            if (check.ReferencePrice is not { } reference || reference <= 0)
                return RiskVerdict.Missing(Name, "no reference price to measure the order's stop distance against", strategyFigure,
                    RiskFigure.Of("stop_loss_price", stop), RiskFigure.Of("reference_price", check.ReferencePrice));
            orderStop = Math.Abs(reference - stop) / reference;
        }
        var orderRisk = Math.Abs(orderValue) * orderStop;

        var positionsRisk = 0m;
        for (var i = 0; i < positions.Count; i++)
        {
            var p = positions[i];
            if (p.Quantity == 0 || check.History.HolderOf(p.Instrument) != strategy) continue;
            if (check.History.StopDistanceOf(p.Instrument) is { } distance)
            {
                positionsRisk += Math.Abs(p.Quantity) * Math.Abs(distance);
                continue;
            }
            if (p.Value is not { } value)
                return RiskVerdict.Missing(Name, $"no price for {strategy}'s position in {p.Instrument}, which has no recorded stop distance", strategyFigure,
                    new RiskFigure("instrument", p.Instrument.Value), RiskFigure.Of("quantity", p.Quantity));
            positionsRisk += value * DefaultStopFraction;
        }

        var risk = positionsRisk + orderRisk;
        var limit = BudgetFraction * equity;
        return risk > limit
            ? RiskVerdict.Denied(Name,
                $"risk of strategy {strategy} after the order {risk:0.####} (open positions {positionsRisk:0.####} + this order {orderRisk:0.####}: value {orderValue:0.##} at a {orderStop * 100m:0.##}% stop) exceeds its budget of {BudgetFraction * 100m:0.##}% of equity {equity:0.##} ({limit:0.####})",
                strategyFigure, RiskFigure.Of("strategy_risk", risk), RiskFigure.Of("positions_risk", positionsRisk), RiskFigure.Of("order_risk", orderRisk),
                RiskFigure.Of("order_value", orderValue), RiskFigure.Of("order_stop_fraction", orderStop), RiskFigure.Of("equity", equity), RiskFigure.Of("limit", limit))
            : RiskVerdict.Approved;
    }
}
