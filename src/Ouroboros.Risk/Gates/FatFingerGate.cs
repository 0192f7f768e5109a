using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>Denies an entry whose value exceeds a fraction (default 30%) of the available cash.</summary>
public sealed class FatFingerGate : IRiskGate
{
    public const decimal DefaultMaxFractionOfCash = 0.30m;

    public FatFingerGate(decimal maxFractionOfCash = DefaultMaxFractionOfCash)
    {
        if (maxFractionOfCash is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(maxFractionOfCash), maxFractionOfCash, "The fat-finger limit is a fraction of cash in (0, 1], e.g. 0.30.");
        MaxFractionOfCash = maxFractionOfCash;
    }

    public const string GateName = "fat_finger";

    public string Name => GateName;
    public decimal MaxFractionOfCash { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // Selling out of a position reduces risk; the limit is about accidental oversized entries.
        if (!check.IsEntry) return RiskVerdict.Approved;
        // Missing denials carry the figures too, so the journal shows which input was absent.
        RiskFigure[] inputs = [RiskFigure.Of("order_value", check.EstimatedValue), RiskFigure.Of("available_cash", check.Account.AvailableCash)];
        if (check.EstimatedValue is not { } value)
            return RiskVerdict.Missing(Name, "no price to value the order", inputs);
        if (check.Account.AvailableCash is not { } cash)
            return RiskVerdict.Missing(Name, "available cash is unknown", inputs);
        var limit = cash * MaxFractionOfCash;
        return value > limit
            ? RiskVerdict.Denied(Name, $"order value {value:0.##} exceeds {MaxFractionOfCash:P0} of available cash {cash:0.##} (limit {limit:0.##})",
                RiskFigure.Of("order_value", value), RiskFigure.Of("available_cash", cash), RiskFigure.Of("limit", limit))
            : RiskVerdict.Approved;
    }
}
