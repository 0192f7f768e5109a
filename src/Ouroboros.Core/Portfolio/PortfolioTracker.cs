using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Portfolio;

/// <summary>
/// Positions, cash and marks for the run's instruments (indexed like the instrument list). All instruments of one
/// tracker share the account currency; equity is cash plus positions marked at their last prices.
/// </summary>
public sealed class PortfolioTracker
{
    private readonly Instrument[] _instruments;
    private readonly Position[] _positions;
    private readonly decimal[] _quantities;
    private readonly decimal[] _lastPrices;
    private readonly bool[] _hasPrice;
    private readonly CashBook _cash = new();
    private int _openPositions;

    // Equity is asked for by every intent of a slice and again at its close; it only changes with a mark or a fill.
    private decimal _equity;
    private bool _equityKnown;

    public PortfolioTracker(IReadOnlyList<Instrument> instruments, Currency currency, decimal initialCash)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        if (instruments.Count == 0) throw new ArgumentException("A portfolio needs at least one instrument.", nameof(instruments));
        var other = instruments.FirstOrDefault(i => i.Currency != currency);
        if (other is not null)
            throw new ArgumentException($"{other.Id} trades in {other.Currency} but the account is in {currency}; one run trades one currency.", nameof(instruments));
        _instruments = [.. instruments];
        _positions = [.. instruments.Select(i => new Position(i.Id))];
        _quantities = new decimal[instruments.Count];
        _lastPrices = new decimal[instruments.Count];
        _hasPrice = new bool[instruments.Count];
        Currency = currency;
        _cash.Deposit(currency, Guard.Positive(initialCash, nameof(initialCash)));
        InitialCash = initialCash;
    }

    public Currency Currency { get; }
    public decimal InitialCash { get; }
    public decimal Cash => _cash[Currency];
    public bool HasOpenPositions => _openPositions > 0;
    public IReadOnlyList<Instrument> Instruments => _instruments;

    public decimal QuantityOf(int instrument) => _quantities[instrument];
    public Position PositionAt(int instrument) => _positions[instrument];
    public decimal? LastPrice(int instrument) => _hasPrice[instrument] ? _lastPrices[instrument] : null;

    public void Mark(int instrument, decimal price)
    {
        _lastPrices[instrument] = price;
        _hasPrice[instrument] = true;
        _equityKnown = false;
    }

    /// <summary>Cash plus every open position at its last price.</summary>
    public decimal Equity()
    {
        if (_equityKnown) return _equity;
        _equity = ComputeEquity();
        _equityKnown = true;
        return _equity;
    }

    private decimal ComputeEquity()
    {
        var equity = _cash[Currency];
        if (_openPositions == 0) return equity;
        if (TryExactEquity(equity, out var exact)) return exact;
        for (var i = 0; i < _quantities.Length; i++)
        {
            var q = _quantities[i];
            if (q != 0) equity += q * _lastPrices[i];
        }
        return equity;
    }

    /// <summary>
    /// The same sum in 64-bit integer arithmetic, for the common case (long positions, 32-bit quantity and price
    /// mantissas, positive prices, totals below 2^64). Decimal products and sums are exact with scale = the operands' scales added,
    /// respectively the larger scale, until they overflow, so the result has the very bits the decimal loop above
    /// produces; anything else (shorts, overflow, product scale &gt; 28) returns false and takes the decimal loop.
    /// This runs once per time slice, where decimal additions of different scales dominated the cost.
    /// </summary>
    private bool TryExactEquity(decimal cash, out decimal equity)
    {
        equity = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(cash, bits);
        if (bits[2] != 0 || bits[3] < 0) return false;
        var total = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        for (var i = 0; i < _quantities.Length; i++)
        {
            if (_quantities[i] == 0) continue;
            decimal.GetBits(_quantities[i], bits);
            if (bits[1] != 0 || bits[2] != 0 || bits[3] < 0) return false;
            var quantity = (ulong)(uint)bits[0];
            var termScale = (bits[3] >> 16) & 0xFF;
            decimal.GetBits(_lastPrices[i], bits);
            if (bits[0] == 0 || bits[1] != 0 || bits[2] != 0 || bits[3] < 0) return false;
            var term = quantity * (uint)bits[0];
            termScale += (bits[3] >> 16) & 0xFF;
            if (termScale > 28) return false;
            if (termScale > scale)
            {
                if (!ScaleUp(ref total, termScale - scale)) return false;
                scale = termScale;
            }
            else if (termScale < scale && !ScaleUp(ref term, scale - termScale)) return false;
            var sum = total + term;
            if (sum < total) return false;
            total = sum;
        }
        equity = new decimal((int)total, (int)(total >> 32), 0, false, (byte)scale);
        return true;
    }

    private static bool ScaleUp(ref ulong mantissa, int digits)
    {
        if (digits >= PowersOfTen.Length) return false;
        var high = Math.BigMul(mantissa, PowersOfTen[digits], out var low);
        mantissa = low;
        return high == 0;
    }

    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>Books a fill: cash moves by notional and fee, the position updates; returns a completed round trip.</summary>
    public ClosedTrade? Apply(int instrument, Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var cashDelta = fill.Side == OrderSide.Buy ? -(fill.Notional + fill.Fee) : fill.Notional - fill.Fee;
        _cash.Apply(Currency, cashDelta);
        _equityKnown = false;
        var before = _quantities[instrument];
        var closed = _positions[instrument].Apply(fill);
        var after = _positions[instrument].Quantity;
        _quantities[instrument] = after;
        if (before == 0 && after != 0) _openPositions++;
        else if (before != 0 && after == 0) _openPositions--;
        if (!_hasPrice[instrument]) Mark(instrument, fill.Price);
        return closed;
    }

    /// <summary>
    /// Sets a position to the broker's figures (reconciliation): no cash moves (the broker's cash is adopted on its own)
    /// and no round trip is booked. An instrument never priced is marked at the adopted average price, as a first fill is.
    /// </summary>
    public void AdoptPosition(int instrument, decimal quantity, decimal averagePrice, DateTimeOffset time)
    {
        var before = _quantities[instrument];
        _positions[instrument].Adopt(quantity, averagePrice, time);
        _quantities[instrument] = quantity;
        if (before == 0 && quantity != 0) _openPositions++;
        else if (before != 0 && quantity == 0) _openPositions--;
        if (!_hasPrice[instrument] && quantity != 0) Mark(instrument, averagePrice);
        _equityKnown = false;
    }

    /// <summary>Sets the cash to the broker's figure (reconciliation).</summary>
    public void AdoptCash(decimal cash)
    {
        _cash.Set(Currency, cash);
        _equityKnown = false;
    }

    public IReadOnlyList<OpenTrade> OpenTrades()
    {
        var list = new List<OpenTrade>();
        for (var i = 0; i < _positions.Length; i++)
            if (_positions[i].ToOpenTrade(_lastPrices[i]) is { } t) list.Add(t);
        return list;
    }
}
