using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Portfolio;

/// <summary>
/// A signed position in one instrument at average cost. Realised P&amp;L is booked when the position shrinks;
/// a round trip (flat → open → flat) is reported as a <see cref="ClosedTrade"/>.
/// </summary>
public sealed class Position
{
    private DateTimeOffset _entryTime;
    private decimal _tradeFees;
    private decimal _tradeGross;
    private decimal _tradeEntryNotional;
    private decimal _tradeEntryQuantity;
    private decimal _tradeExitNotional;
    private decimal _realizedClosed;

    public Position(InstrumentId instrument) => Instrument = instrument;

    public InstrumentId Instrument { get; }

    /// <summary>Positive long, negative short, zero flat.</summary>
    public decimal Quantity { get; private set; }
    public decimal AveragePrice { get; private set; }
    public decimal RealizedPnl { get; private set; }
    public decimal FeesPaid { get; private set; }
    public bool IsFlat => Quantity == 0;
    public DateTimeOffset? OpenedAt => IsFlat ? null : _entryTime;

    public decimal UnrealizedPnl(decimal markPrice) => Quantity == 0 ? 0 : (markPrice - AveragePrice) * Quantity;

    public decimal MarketValue(decimal markPrice) => Quantity * markPrice;

    /// <summary>Applies a fill. Returns the round trip it completed, if any (a flip closes one and opens the next).</summary>
    public ClosedTrade? Apply(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        if (fill.Instrument != Instrument)
            throw new ArgumentException($"Fill for {fill.Instrument} applied to position in {Instrument}.", nameof(fill));

        var signed = fill.Quantity * fill.Side.Sign();
        FeesPaid += fill.Fee;
        ClosedTrade? closed = null;

        if (Quantity == 0 || Math.Sign(Quantity) == Math.Sign(signed))
        {
            if (Quantity == 0) StartTrade(fill.Time);
            AveragePrice = Quantity == 0 ? fill.Price : (AveragePrice * Math.Abs(Quantity) + fill.Price * fill.Quantity) / (Math.Abs(Quantity) + fill.Quantity);
            Quantity += signed;
            _tradeFees += fill.Fee;
            _tradeEntryNotional += fill.Price * fill.Quantity;
            _tradeEntryQuantity += fill.Quantity;
            return null;
        }

        var closing = Math.Min(Math.Abs(signed), Math.Abs(Quantity));
        // Rounded to a fixed scale so the two shares of a flipping fill's fee add up to the fee exactly.
        var feeForClose = closing == fill.Quantity ? fill.Fee : decimal.Round(fill.Fee * closing / fill.Quantity, 12, MidpointRounding.ToZero);
        var pnl = (fill.Price - AveragePrice) * closing * Math.Sign(Quantity);
        _tradeGross += pnl;
        RealizedPnl = _realizedClosed + _tradeGross;
        _tradeFees += feeForClose;
        _tradeExitNotional += fill.Price * closing;
        var direction = Quantity > 0 ? OrderSide.Buy : OrderSide.Sell;
        Quantity += Math.Sign(signed) * closing;

        if (Quantity == 0)
        {
            // Average prices are divisions and can be inexact; a finished round trip is booked from its notionals.
            var exactGross = (_tradeExitNotional - _tradeEntryNotional) * (direction == OrderSide.Buy ? 1 : -1);
            _tradeGross = exactGross;
            _realizedClosed += exactGross;
            RealizedPnl = _realizedClosed;
            closed = new ClosedTrade(Instrument, direction, _entryTime, _tradeEntryNotional / _tradeEntryQuantity, fill.Time,
                _tradeExitNotional / _tradeEntryQuantity, _tradeEntryQuantity, _tradeGross, _tradeFees);
            AveragePrice = 0;
            var rest = fill.Quantity - closing;
            if (rest > 0)
            {
                StartTrade(fill.Time);
                Quantity = rest * fill.Side.Sign();
                AveragePrice = fill.Price;
                _tradeFees = fill.Fee - feeForClose;
                _tradeEntryNotional = fill.Price * rest;
                _tradeEntryQuantity = rest;
            }
        }
        return closed;
    }

    /// <summary>
    /// Takes the broker's figures as the position (reconciliation adopting the broker's truth): <paramref name="quantity"/>
    /// at <paramref name="averagePrice"/>. No fill of ours made the change, so no round trip is booked: realised P&amp;L so far
    /// is kept and the open round trip restarts at the adopted figures (its entry time kept when the direction is the same).
    /// </summary>
    public void Adopt(decimal quantity, decimal averagePrice, DateTimeOffset time)
    {
        if (quantity != 0) Guard.Positive(averagePrice, nameof(averagePrice));
        var sameDirection = Quantity != 0 && quantity != 0 && Math.Sign(Quantity) == Math.Sign(quantity);
        _realizedClosed += _tradeGross;
        RealizedPnl = _realizedClosed;
        if (sameDirection)
        {
            _tradeGross = 0;
            _tradeExitNotional = 0;
        }
        else
        {
            StartTrade(time);
        }
        Quantity = quantity;
        AveragePrice = quantity == 0 ? 0 : averagePrice;
        _tradeEntryQuantity = Math.Abs(quantity);
        _tradeEntryNotional = AveragePrice * _tradeEntryQuantity;
    }

    /// <summary>The open round trip, marked at <paramref name="markPrice"/>; null when flat.</summary>
    public OpenTrade? ToOpenTrade(decimal markPrice) => Quantity == 0
        ? null
        : new OpenTrade(Instrument, Quantity > 0 ? OrderSide.Buy : OrderSide.Sell, _entryTime, AveragePrice, Math.Abs(Quantity), markPrice,
            UnrealizedPnl(markPrice), _tradeFees);

    private void StartTrade(DateTimeOffset time)
    {
        _entryTime = time;
        _tradeFees = 0;
        _tradeGross = 0;
        _tradeEntryNotional = 0;
        _tradeEntryQuantity = 0;
        _tradeExitNotional = 0;
    }
}
