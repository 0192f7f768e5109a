using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Fees;

/// <summary>Commission, exchange fees and taxes for one execution, in the instrument's currency.</summary>
public interface IFeeModel
{
    decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity);
}

/// <summary>A percentage of notional (plus an optional minimum per order), the same for every venue.</summary>
public sealed class PercentFeeModel : IFeeModel
{
    public PercentFeeModel(decimal rate, decimal minimum = 0m)
    {
        Rate = rate is >= 0 and < 1 ? rate : throw new ArgumentOutOfRangeException(nameof(rate), rate, "Commission rate must be a fraction in [0, 1), e.g. 0.001 for 0.1%.");
        Minimum = minimum >= 0 ? minimum : throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Minimum fee must not be negative.");
    }

    public decimal Rate { get; }
    public decimal Minimum { get; }

    public decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity) =>
        Math.Max(quantity * price * Rate, Minimum);
}

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

/// <summary>Bybit: maker or taker rate on notional (spot non-VIP defaults 0.1% / 0.1%).</summary>
public sealed class BybitFeeModel(decimal makerRate = 0.001m, decimal takerRate = 0.001m) : IFeeModel
{
    public decimal MakerRate { get; } = Guard.NotNegative(makerRate, nameof(makerRate));
    public decimal TakerRate { get; } = Guard.NotNegative(takerRate, nameof(takerRate));

    public decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity) =>
        quantity * price * (liquidity == Liquidity.Maker ? MakerRate : TakerRate);
}
