using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>US equities: commission on both sides plus the SEC Section 31 fee on sells, rounded up to the cent.</summary>
public sealed class UsFeeModel(decimal commissionRate = UsFeeModel.DefaultCommissionRate, decimal secFeePerMillion = UsFeeModel.DefaultSecFeePerMillion) : IFeeModel
{
    /// <summary>0.25%: KIS's standard online rate for US stocks.</summary>
    public const decimal DefaultCommissionRate = 0.0025m;

    /// <summary>USD per million of sale proceeds; the SEC resets it each fiscal year, so it is a setting.</summary>
    public const decimal DefaultSecFeePerMillion = 27.80m;

    public decimal CommissionRate { get; } = Guard.NotNegative(commissionRate, nameof(commissionRate));
    public decimal SecFeePerMillion { get; } = Guard.NotNegative(secFeePerMillion, nameof(secFeePerMillion));

    public decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity)
    {
        var notional = quantity * price;
        var commission = notional * CommissionRate;
        var sec = side == OrderSide.Sell ? decimal.Ceiling(notional * SecFeePerMillion / 1_000_000m * 100m) / 100m : 0m;
        return decimal.Round(commission, 2, MidpointRounding.AwayFromZero) + sec;
    }
}
