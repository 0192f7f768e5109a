using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Venues;

/// <summary>
/// What executing on a venue costs, as one value: fees and taxes, slippage, and (through the instrument) tick and lot
/// rounding. Built by the venue's own rules type (<see cref="KrxVenue"/>, <see cref="UsVenue"/>, <see cref="BybitVenue"/>,
/// <see cref="GenericVenue"/>). The simulated broker fills with it and pre-trade sizing uses the same instance, so a
/// size that passed the checks is a size the broker accepts.
/// </summary>
public sealed class VenueModel(string name, IFeeModel fees, ISlippageModel slippage)
{
    public string Name { get; } = name;
    public IFeeModel Fees { get; } = fees;
    public ISlippageModel Slippage { get; } = slippage;

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
