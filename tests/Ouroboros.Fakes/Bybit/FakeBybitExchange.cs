using System.Globalization;

namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// The fake's market and accounts, all under <see cref="Gate"/>: instrument rules, a last price per symbol, klines,
/// funding, and a matching engine good enough for market and limit orders (market orders fill at once at the last
/// price; a limit fills when the price reaches it) with TP/SL held on positions that fire on the price path.
/// </summary>
internal sealed class FakeBybitExchange(TimeProvider clock)
{
    public const decimal TakerFee = 0.00055m;
    public const decimal MakerFee = 0.0002m;
    private long _orders;
    private long _executions;

    public Lock Gate { get; } = new();
    public TimeProvider Clock { get; } = clock;

    /// <summary>How far the fake's clock runs ahead of the shared one (a client whose clock drifts).</summary>
    public TimeSpan Skew { get; set; }

    public Dictionary<string, FakeBybitInstrument> Instruments { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, decimal> Prices { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Symbol, string Interval), List<FakeBybitKline>> Klines { get; } = [];
    public Dictionary<string, List<(DateTimeOffset Time, decimal Rate)>> Funding { get; } = new(StringComparer.Ordinal);
    public List<FakeBybitAccount> Accounts { get; } = [];
    public FakeBybitRateLimiter Limiter { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow() + Skew;

    /// <summary>The clock requests' timestamps are checked against and /v5/market/time tells; null: <see cref="Clock"/>.</summary>
    public TimeProvider? SigningClock { get; set; }

    public DateTimeOffset SigningNow => (SigningClock ?? Clock).GetUtcNow() + Skew;

    public FakeBybitAccount? Account(string apiKey) => Accounts.FirstOrDefault(a => a.ApiKey == apiKey);

    public string NextOrderId() => $"f0000000-0000-4000-8000-{Interlocked.Increment(ref _orders).ToString("D12", CultureInfo.InvariantCulture)}";

    /// <summary>Works a new order: fills what is marketable now, rests the rest (limit) or cancels it (market, IOC).</summary>
    public void Work(FakeBybitAccount account, FakeBybitOrder order)
    {
        var price = Prices[order.Symbol];
        var marketable = order.OrderType == "Market" || (order.Side == "Buy" ? order.Price >= price : order.Price <= price);
        if (marketable) Fill(account, order, price, order.Quantity - order.CumExecQty, isMaker: false);
        if (order.IsOpen && (order.OrderType == "Market" || order.TimeInForce is "IOC" or "FOK"))
            order.Status = order.CumExecQty > 0 ? "PartiallyFilledCanceled" : "Cancelled";
    }

    /// <summary>A new last price: resting limits that it reaches fill at their price; TP/SL that it reaches close the position.</summary>
    public void SetPrice(string symbol, decimal price)
    {
        Prices[symbol] = price;
        foreach (var account in Accounts)
        {
            foreach (var order in account.Orders.Where(o => o.Symbol == symbol && o.IsOpen && o.OrderType == "Limit").ToList())
                if (order.Side == "Buy" ? price <= order.Price : price >= order.Price)
                    Fill(account, order, order.Price!.Value, order.Leaves, isMaker: true);
            if (account.Positions.GetValueOrDefault(symbol) is not { Size: not 0 } position) continue;
            var longSide = position.Size > 0;
            var takeProfit = position.TakeProfit is { } tp && (longSide ? price >= tp : price <= tp);
            var stopLoss = position.StopLoss is { } sl && (longSide ? price <= sl : price >= sl);
            if (takeProfit || stopLoss) Close(account, position, takeProfit ? "CreateByTakeProfit" : "CreateByStopLoss");
        }
    }

    private void Close(FakeBybitAccount account, FakeBybitPosition position, string createType)
    {
        var order = new FakeBybitOrder
        {
            OrderId = NextOrderId(), OrderLinkId = "", ApiKey = account.ApiKey, Symbol = position.Symbol, Side = position.Size > 0 ? "Sell" : "Buy",
            OrderType = "Market", Quantity = Math.Abs(position.Size), ReduceOnly = true, CreateType = createType, Created = Now, Updated = Now,
        };
        account.Orders.Add(order);
        Fill(account, order, Prices[position.Symbol], order.Quantity, isMaker: false);
    }

    private void Fill(FakeBybitAccount account, FakeBybitOrder order, decimal price, decimal quantity, bool isMaker)
    {
        if (quantity <= 0) return;
        var fee = Math.Round(price * quantity * (isMaker ? MakerFee : TakerFee), 8);
        var position = account.Position(order.Symbol);
        var delta = order.Side == "Buy" ? quantity : -quantity;
        if (position.Size == 0 || Math.Sign(position.Size) == Math.Sign(delta))
        {
            var size = Math.Abs(position.Size);
            position.AveragePrice = (size * position.AveragePrice + quantity * price) / (size + quantity);
            position.Size += delta;
        }
        else
        {
            var closed = Math.Min(quantity, Math.Abs(position.Size));
            var pnl = (price - position.AveragePrice) * closed * Math.Sign(position.Size);
            account.Wallet += pnl;
            position.CumRealisedPnl += pnl;
            position.Size += delta;
            if (position.Size != 0 && Math.Sign(position.Size) == Math.Sign(delta)) position.AveragePrice = price;
        }
        if (position.Size == 0)
        {
            position.AveragePrice = 0m;
            position.TakeProfit = null;
            position.StopLoss = null;
        }
        else if (order.TakeProfit is not null || order.StopLoss is not null)
        {
            position.TakeProfit = order.TakeProfit ?? position.TakeProfit;
            position.StopLoss = order.StopLoss ?? position.StopLoss;
        }
        account.Wallet -= fee;
        order.CumExecQty += quantity;
        order.CumExecValue += quantity * price;
        order.CumExecFee += fee;
        order.Status = order.CumExecQty >= order.Quantity ? "Filled" : "PartiallyFilled";
        order.Updated = Now;
        var execId = $"e{Interlocked.Increment(ref _executions).ToString("D11", CultureInfo.InvariantCulture)}";
        account.Executions.Add(new FakeBybitExecution(execId, order.OrderId, order.OrderLinkId, order.Symbol, order.Side, price, quantity, fee, Now,
            isMaker, account.ApiKey));
    }

    /// <summary>Initial margin the account has in positions and open orders, at the account's leverage per symbol.</summary>
    public decimal UsedMargin(FakeBybitAccount account) =>
        account.Positions.Values.Sum(p => Math.Abs(p.Size) * p.AveragePrice / account.LeverageOf(p.Symbol))
        + account.Orders.Where(o => o.IsOpen && !o.ReduceOnly).Sum(o => o.Leaves * (o.Price ?? Prices.GetValueOrDefault(o.Symbol)) / account.LeverageOf(o.Symbol));

    public decimal Unrealised(FakeBybitAccount account) =>
        account.Positions.Values.Where(p => p.Size != 0).Sum(p => (Prices.GetValueOrDefault(p.Symbol, p.AveragePrice) - p.AveragePrice) * p.Size);
}
