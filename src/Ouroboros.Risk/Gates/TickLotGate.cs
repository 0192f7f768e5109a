using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// Denies an order the venue would reject for its shape: a limit or stop price off the tick grid (on KRX the tick
/// depends on the price), or a quantity that is not a whole number of lots or is below the minimum. Applies to every
/// order, exits included, because the broker refuses them either way. The reason names the nearest valid values.
/// </summary>
public sealed class TickLotGate : IRiskGate
{
    public const string GateName = "tick_lot";

    public string Name => GateName;

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var instrument = check.Instrument;
        var order = check.Order;
        return CheckPrice("limit", order.LimitPrice, instrument)
            ?? CheckPrice("stop", order.StopPrice, instrument)
            // A cash-amount order's quantity is only an estimate; the broker fixes a whole-lot quantity at the fill.
            ?? (order.CashAmount is null ? CheckQuantity(order.Quantity, instrument) : null)
            ?? RiskVerdict.Approved;
    }

    private static RiskVerdict? CheckPrice(string kind, decimal? price, Instrument instrument)
    {
        if (price is not { } p || instrument.TickSize.IsOnGrid(p)) return null;
        var tick = instrument.TickSize.TickAt(p);
        var below = instrument.TickSize.Floor(p);
        var above = instrument.TickSize.Ceiling(p);
        return RiskVerdict.Denied(GateName,
            $"{kind} price {p:0.########} is off the tick grid of {instrument.Id} (tick {tick:0.########} at this price); nearest valid prices are {below:0.########} and {above:0.########}",
            RiskFigure.Of($"{kind}_price", p), RiskFigure.Of("tick", tick), RiskFigure.Of("valid_below", below), RiskFigure.Of("valid_above", above));
    }

    private static RiskVerdict? CheckQuantity(decimal quantity, Instrument instrument)
    {
        var step = instrument.QuantityStep;
        // The smallest quantity that is both a whole number of lots and not below the minimum.
        var smallest = decimal.Ceiling(instrument.MinQuantity / step) * step;
        if (smallest == 0) smallest = step;
        RiskFigure[] figures = [RiskFigure.Of("quantity", quantity), RiskFigure.Of("quantity_step", step), RiskFigure.Of("min_quantity", instrument.MinQuantity)];
        if (quantity < instrument.MinQuantity)
            return RiskVerdict.Denied(GateName,
                $"quantity {quantity:0.########} is below the minimum {instrument.MinQuantity:0.########} of {instrument.Id}; the smallest valid quantity is {smallest:0.########}",
                [.. figures, RiskFigure.Of("valid_above", smallest)]);
        if (quantity % step == 0) return null;
        var below = decimal.Floor(quantity / step) * step;
        var above = decimal.Ceiling(quantity / step) * step;
        var reason = $"quantity {quantity:0.########} is not a whole multiple of the lot step {step:0.########} of {instrument.Id}; ";
        // Rounding down can fall below the minimum; then only rounding up gives a valid quantity.
        return below >= smallest
            ? RiskVerdict.Denied(GateName, reason + $"nearest valid quantities are {below:0.########} and {above:0.########}",
                [.. figures, RiskFigure.Of("valid_below", below), RiskFigure.Of("valid_above", above)])
            : RiskVerdict.Denied(GateName, reason + $"the nearest valid quantity is {above:0.########}",
                [.. figures, RiskFigure.Of("valid_above", above)]);
    }
}
