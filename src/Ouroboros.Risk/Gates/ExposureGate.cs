using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies an entry that would take gross exposure (the sum of absolute position values) above a fraction (default
/// 80%) of equity. The instrument's current position is swapped for its value after the order, so adding to a
/// holding counts only the increase and a reversal counts only the new side.
/// </summary>
public sealed class ExposureGate : IRiskGate
{
    public const string GateName = "exposure";

    public ExposureGate(decimal maxExposureFraction)
    {
        if (maxExposureFraction is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(maxExposureFraction), maxExposureFraction,
                "The exposure limit is a fraction of equity in (0, 1], e.g. 0.80 for 80%.");
        MaxExposureFraction = maxExposureFraction;
    }

    public string Name => GateName;
    public decimal MaxExposureFraction { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // Reducing a position can only lower gross exposure.
        if (!check.IsEntry) return RiskVerdict.Approved;
        var account = check.Account;
        if (account.Positions is not { } positions)
            return RiskVerdict.Missing(Name, "the open positions are unknown", Figures(check, null, null));
        // The same sum as AccountSnapshot.GrossExposure, taken in one pass that also finds the instrument's share.
        var gross = 0m;
        var current = 0m; // Not holding the instrument is a known zero, not a missing value.
        foreach (var p in positions)
        {
            if (p.Value is not { } value)
                return RiskVerdict.Missing(Name, $"no price for the open position in {p.Instrument}, so gross exposure cannot be valued",
                    [.. Figures(check, null, null), new RiskFigure("unpriced_position", p.Instrument.ToString())]);
            gross += value;
            if (p.Instrument == check.Instrument.Id) current += value;
        }

        if (check.PositionValueAfter is not { } after)
            return RiskVerdict.Missing(Name, ConcentrationGate.WhyUnvalued(check), Figures(check, gross, current));
        if (account.Equity is not { } equity)
            return RiskVerdict.Missing(Name, "equity is unknown", Figures(check, gross, current));
        var grossAfter = gross - current + after;
        var limit = MaxExposureFraction * equity;
        return grossAfter > limit
            ? RiskVerdict.Denied(Name,
                $"gross exposure after the order would be {grossAfter:0.##} (now {gross:0.##}), above {MaxExposureFraction * 100:0.##}% of equity {equity:0.##} (limit {limit:0.##})",
                [.. Figures(check, gross, current), RiskFigure.Of("gross_exposure_after", grossAfter), RiskFigure.Of("limit", limit)])
            : RiskVerdict.Approved;
    }

    private static RiskFigure[] Figures(RiskCheck check, decimal? gross, decimal? current) =>
    [
        RiskFigure.Of("gross_exposure", gross),
        RiskFigure.Of("instrument_value_now", current),
        RiskFigure.Of("position_value_after", check.PositionValueAfter),
        RiskFigure.Of("equity", check.Account.Equity),
    ];
}
