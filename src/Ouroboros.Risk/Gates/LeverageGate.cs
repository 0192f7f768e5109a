using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Keeps leverage to crypto and to at most the maximum (default 3x). KRX and US accounts are cash accounts here, so
/// an entry there with leverage above 1 is denied whatever the maximum.
/// </summary>
public sealed class LeverageGate : IRiskGate
{
    public const string GateName = "max_leverage";

    public LeverageGate(decimal maxLeverage)
    {
        if (maxLeverage < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLeverage), maxLeverage, "The maximum leverage must be at least 1 (1 means cash only).");
        MaxLeverage = maxLeverage;
    }

    public string Name => GateName;
    public decimal MaxLeverage { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        // Closing a leveraged position lowers the risk the leverage carries; it must never be blocked by it.
        if (!check.IsEntry) return RiskVerdict.Approved;
        var leverage = check.Leverage;
        var instrument = check.Instrument;
        RiskFigure[] figures =
        [
            RiskFigure.Of("leverage", leverage), RiskFigure.Of("max_leverage", MaxLeverage),
            new("venue", instrument.Venue.ToString()), new("asset_class", instrument.AssetClass.ToString()),
        ];
        if (leverage < 1)
            return RiskVerdict.Denied(Name, $"leverage {leverage:0.####} is below 1; a cash trade has leverage 1", figures);
        if (leverage == 1) return RiskVerdict.Approved;
        if (!IsCrypto(instrument))
            return RiskVerdict.Denied(Name,
                $"leverage {leverage:0.####}x on {instrument.Id}: {instrument.Venue.ToString().ToUpperInvariant()} is a cash account, only crypto may use leverage", figures);
        return leverage > MaxLeverage
            ? RiskVerdict.Denied(Name, $"leverage {leverage:0.####}x exceeds the maximum {MaxLeverage:0.####}x", figures)
            : RiskVerdict.Approved;
    }

    private static bool IsCrypto(Instrument instrument) => instrument.AssetClass == AssetClass.Crypto || instrument.Venue == Venue.Bybit;
}
