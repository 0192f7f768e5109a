using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Sizing;

/// <summary>An intent turned into an order size, or the reason it produced no order.</summary>
public readonly record struct SizedOrder(OrderSide Side, decimal Quantity, decimal? CashAmount, string? SkipReason)
{
    public bool IsSkipped => SkipReason is not null;
    public static SizedOrder Skip(string reason) => new(OrderSide.Buy, 0, null, reason);
}

/// <summary>
/// Turns intents into whole-lot quantities with the venue's broker model, long/flat: sells never exceed the position.
/// </summary>
public static class PositionSizer
{
    public static SizedOrder Size(TradeIntent intent, SizeSpec spec, Instrument instrument, VenueModel model,
        decimal position, decimal price, decimal cash, decimal equity)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(model);
        if (price <= 0) return SizedOrder.Skip("data missing: no price to size the order");

        switch (intent.Action)
        {
            case IntentAction.Close:
                return position > 0 ? new(OrderSide.Sell, position, null, null)
                    : position < 0 ? new(OrderSide.Buy, -position, null, null)
                    : SizedOrder.Skip("no position to close");
            case IntentAction.Sell:
                if (position <= 0) return SizedOrder.Skip("no long position to sell; short selling is not enabled");
                var sellQty = spec is SizeSpec.FixedQuantity fq ? Math.Min(instrument.RoundQuantityDown(fq.Quantity), position) : position;
                return sellQty > 0 ? new(OrderSide.Sell, sellQty, null, null) : SizedOrder.Skip("sell size rounds to zero lots");
            case IntentAction.Rebalance:
                return Rebalance(spec, instrument, model, position, price, cash, equity);
            default:
                return Buy(spec, instrument, model, price, cash, equity);
        }
    }

    private static SizedOrder Buy(SizeSpec spec, Instrument instrument, VenueModel model, decimal price, decimal cash, decimal equity)
    {
        decimal qty;
        switch (spec)
        {
            case SizeSpec.AllIn:
                qty = model.MaxAffordableQuantity(instrument, OrderSide.Buy, cash, price);
                return qty > 0 ? new(OrderSide.Buy, qty, cash, null) : SizedOrder.Skip($"cash {cash:0.##} buys no whole lot at {price}");
            case SizeSpec.FixedQuantity f:
                qty = model.CapToCash(instrument, OrderSide.Buy, instrument.RoundQuantityDown(f.Quantity), cash, price);
                break;
            case SizeSpec.FixedCash c:
                qty = model.MaxAffordableQuantity(instrument, OrderSide.Buy, Math.Min(c.Amount, cash), price);
                break;
            case SizeSpec.PercentOfEquity p:
                qty = model.MaxAffordableQuantity(instrument, OrderSide.Buy, Math.Min(p.Fraction * equity, cash), price);
                break;
            case SizeSpec.AtrRisk a:
                var byRisk = instrument.RoundQuantityDown(equity * a.RiskFraction / (a.AtrMultiple * a.Atr));
                qty = Math.Min(byRisk, model.MaxAffordableQuantity(instrument, OrderSide.Buy, cash, price));
                break;
            case SizeSpec.TargetQuantity t:
                qty = model.CapToCash(instrument, OrderSide.Buy, instrument.RoundQuantityDown(t.Quantity), cash, price);
                break;
            default:
                return SizedOrder.Skip($"size {spec} is not supported for buys");
        }
        return qty > 0 ? new(OrderSide.Buy, qty, null, null) : SizedOrder.Skip($"size rounds to zero lots at {price} with cash {cash:0.##}");
    }

    private static SizedOrder Rebalance(SizeSpec spec, Instrument instrument, VenueModel model, decimal position, decimal price, decimal cash, decimal equity)
    {
        decimal target = spec switch
        {
            SizeSpec.TargetQuantity t => instrument.RoundQuantityDown(t.Quantity),
            SizeSpec.PercentOfEquity p => instrument.RoundQuantityDown(p.Fraction * equity / price),
            SizeSpec.FixedCash c => instrument.RoundQuantityDown(c.Amount / price),
            SizeSpec.FixedQuantity f => instrument.RoundQuantityDown(f.Quantity),
            SizeSpec.AtrRisk a => instrument.RoundQuantityDown(equity * a.RiskFraction / (a.AtrMultiple * a.Atr)),
            _ => -1,
        };
        if (target < 0) return SizedOrder.Skip($"size {spec} cannot be a rebalance target");
        var delta = target - position;
        if (delta == 0) return SizedOrder.Skip("already at target");
        if (delta < 0)
        {
            var sell = Math.Min(-delta, Math.Max(position, 0));
            return sell > 0 ? new(OrderSide.Sell, sell, null, null) : SizedOrder.Skip("no long position to reduce; short selling is not enabled");
        }
        var affordable = model.MaxAffordableQuantity(instrument, OrderSide.Buy, cash, price);
        var buy = Math.Min(delta, affordable);
        return buy > 0 ? new(OrderSide.Buy, buy, null, null) : SizedOrder.Skip($"cash {cash:0.##} buys no whole lot at {price}");
    }
}
