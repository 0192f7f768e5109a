namespace Ouroboros.Risk.Engine;

/// <summary>The figures of a check worth journaling with every verdict, approved or denied.</summary>
public static class RiskCheckFigures
{
    public static RiskFigure[] Of(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var a = check.Account;
        return
        [
            new("origin", check.Origin.ToString()),
            new("entry", check.IsEntry ? "true" : "false"),
            RiskFigure.Of("reference_price", check.ReferencePrice),
            RiskFigure.Of("order_value", check.EstimatedValue),
            RiskFigure.Of("position", check.PositionQuantity),
            RiskFigure.Of("available_cash", a.AvailableCash),
            RiskFigure.Of("equity", a.Equity),
            RiskFigure.Of("day_start_equity", a.DayStartEquity),
            RiskFigure.Of("gross_exposure", a.GrossExposure),
            RiskFigure.Of("confidence", check.Confidence),
            RiskFigure.Of("leverage", check.Leverage),
        ];
    }
}
