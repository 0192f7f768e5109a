using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>
/// KRX: broker commission on both sides plus the securities transaction tax on sells of stocks.
/// ETFs and ETNs pay no transaction tax. Commission is rounded down to whole won as Korean brokers do.
/// </summary>
public sealed class KrxFeeModel(decimal commissionRate = KrxFeeModel.DefaultCommissionRate, decimal sellTaxRate = KrxFeeModel.DefaultSellTaxRate) : IFeeModel
{
    /// <summary>0.015%: a typical online commission at KIS.</summary>
    public const decimal DefaultCommissionRate = 0.00015m;

    /// <summary>0.20%: the 2026 stock transaction tax (KOSPI 0.05% + 0.15% rural special tax; KOSDAQ 0.20%).</summary>
    public const decimal DefaultSellTaxRate = 0.0020m;

    public decimal CommissionRate { get; } = Guard.NotNegative(commissionRate, nameof(commissionRate));
    public decimal SellTaxRate { get; } = Guard.NotNegative(sellTaxRate, nameof(sellTaxRate));

    public decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity)
    {
        var notional = quantity * price;
        var commission = decimal.Floor(notional * CommissionRate);
        var tax = side == OrderSide.Sell && instrument.AssetClass == AssetClass.Stock ? decimal.Floor(notional * SellTaxRate) : 0m;
        return commission + tax;
    }
}
