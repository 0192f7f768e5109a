using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Fees;

/// <summary>
/// The rules of a venue as one value: fees, slippage, tick and lot rounding. The simulated broker fills with it and
/// pre-trade sizing uses the same instance, so a size that passed the checks is a size the broker accepts.
/// </summary>
public sealed class BrokerModel(string name, IFeeModel fees, ISlippageModel slippage)
{
    public string Name { get; } = name;
    public IFeeModel Fees { get; } = fees;
    public ISlippageModel Slippage { get; } = slippage;

    /// <summary>Generic: only the commission given, no slippage, no taxes; whole units come from the instrument.</summary>
    public static BrokerModel Generic(decimal commissionRate) => new("generic", new PercentFeeModel(commissionRate), NoSlippage.Instance);

    public static BrokerModel Krx(decimal? commissionRate = null, int slippageTicks = 1) =>
        new("krx", new KrxFeeModel(commissionRate ?? KrxFeeModel.DefaultCommissionRate), new TickSlippage(slippageTicks));

    public static BrokerModel Us(decimal? commissionRate = null, int slippageTicks = 1) =>
        new("us", new UsFeeModel(commissionRate ?? UsFeeModel.DefaultCommissionRate), new TickSlippage(slippageTicks));

    public static BrokerModel Bybit(decimal? takerRate = null, decimal slippageBps = 2m) =>
        new("bybit", new BybitFeeModel(0.001m, takerRate ?? 0.001m), new BasisPointSlippage(slippageBps));

    public static BrokerModel For(Venue venue, decimal? commissionRate) => venue switch
    {
        Venue.Krx => Krx(commissionRate),
        Venue.Us => Us(commissionRate),
        Venue.Bybit => Bybit(commissionRate),
        _ => Generic(commissionRate ?? 0m),
    };

    /// <summary>The price a market order would fill at, given the reference price (open or close of a bar).</summary>
    public decimal MarketFillPrice(Instrument instrument, OrderSide side, decimal referencePrice) =>
        Slippage.Apply(instrument, side, referencePrice);

    /// <summary>
    /// Largest whole-lot quantity whose cost including commission fits into <paramref name="cash"/> at <paramref name="price"/>.
    /// </summary>
    /// <summary><paramref name="quantity"/> when the cash pays for it with fees, else the most whole lots it does pay for.</summary>
    public decimal CapToCash(Instrument instrument, OrderSide side, decimal quantity, decimal cash, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (quantity <= 0 || price <= 0) return 0;
        if (quantity * price + Fees.Fee(instrument, side, quantity, price, Liquidity.Taker) <= cash) return quantity;
        return Math.Min(quantity, MaxAffordableQuantity(instrument, side, cash, price));
    }

    public decimal MaxAffordableQuantity(Instrument instrument, OrderSide side, decimal cash, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (cash <= 0 || price <= 0) return 0;
        // Cost grows with quantity (fees never fall as the order grows), so binary-search the number of lots.
        var step = instrument.QuantityStep;
        var lo = 0m;
        var hi = decimal.Floor(instrument.RoundQuantityDown(cash / price) / step);
        while (lo < hi)
        {
            var mid = decimal.Ceiling((lo + hi) / 2m);
            var q = mid * step;
            if (q * price + Fees.Fee(instrument, side, q, price, Liquidity.Taker) <= cash) lo = mid;
            else hi = mid - 1;
        }
        var best = lo * step;
        return best < instrument.MinQuantity ? 0m : best;
    }
}
