using System.Collections.Concurrent;
using Ouroboros.Fakes.Kis.WebSocket;

namespace Ouroboros.Fakes.Kis;

/// <summary>
/// Both KIS fakes of one host wired together, as the real hosts are: the WebSocket fake accepts the approval keys the
/// REST fake issued (<see cref="FakeKisServer.ApprovalKeyOwner"/>), <see cref="TradeAsync"/> moves the REST price and
/// volume and pushes the H0STCNT0 / HDFSCNT0 trade to subscribers, and every REST fill is pushed as an encrypted
/// execution notice (H0STCNI0/9, H0GSCNI0/9 by host) to the subscribers of the account's HTS id
/// (<see cref="SetHtsId"/>). Notices go out in fill order; <see cref="NoticesSentAsync"/> waits for those pending.
/// </summary>
public sealed class FakeKis : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> htsIds = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private Task notices = Task.CompletedTask;
    private int noticesSent;

    private FakeKis(FakeKisServer rest, FakeKisWebSocketServer webSocket)
    {
        Rest = rest;
        WebSocket = webSocket;
        webSocket.ApprovalKeyLookup = rest.ApprovalKeyOwner;
        rest.Executed += OnExecuted;
    }

    public FakeKisServer Rest { get; }

    public FakeKisWebSocketServer WebSocket { get; }

    /// <summary>Execution notices delivered to at least one session so far.</summary>
    public int NoticesSent => Volatile.Read(ref noticesSent);

    /// <summary>Starts both fakes on loopback; the WebSocket fake's PINGPONG follows <paramref name="webSocket"/> (none by default).</summary>
    public static async Task<FakeKis> StartAsync(FakeKisHost host, TimeProvider? clock = null, FakeKisWebSocketOptions? webSocket = null, int seed = 1)
    {
        var time = clock ?? TimeProvider.System;
        var rest = await FakeKisServer.StartAsync(host, time, seed);
        try
        {
            var ws = await FakeKisWebSocketServer.StartAsync(webSocket ?? new FakeKisWebSocketOptions { PingInterval = null, Time = time });
            return new FakeKis(rest, ws);
        }
        catch
        {
            await rest.DisposeAsync();
            throw;
        }
    }

    /// <summary>Fills of <paramref name="accountNumber"/> (<c>12345678-01</c>) are noticed under <paramref name="htsId"/>.</summary>
    public void SetHtsId(string accountNumber, string htsId) => htsIds[accountNumber] = htsId;

    /// <summary>
    /// A print of <paramref name="volume"/> at <paramref name="price"/> now (the REST fake's clock): the REST price moves
    /// (open orders that cross it fill), the day's volume grows, and the real-time trade goes to its subscribers.
    /// Returns how many sessions got it.
    /// </summary>
    public Task<int> TradeAsync(string symbol, decimal price, decimal volume)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        ArgumentOutOfRangeException.ThrowIfNegative(volume);
        var print = Rest.Print(symbol, price, volume);
        var now = Rest.Clock.GetUtcNow();
        if (print.Market == FakeKisExchange.Krx)
            return WebSocket.PublishTradeAsync("H0STCNT0", print.Code, FakeKisRealtimeRecords.DomesticTrade(print, now));
        var exchange = FakeKisExchange.ByQuoteCode(print.Market) ?? throw new InvalidOperationException($"{symbol} has no known market ({print.Market})");
        return WebSocket.PublishTradeAsync("HDFSCNT0", "D" + exchange.QuoteCode + print.Code, FakeKisRealtimeRecords.OverseasTrade(print, exchange, now));
    }

    /// <summary>Waits until every notice of the fills so far has been sent.</summary>
    public Task NoticesSentAsync()
    {
        lock (gate) return notices;
    }

    public async ValueTask DisposeAsync()
    {
        Rest.Executed -= OnExecuted;
        try
        {
            await NoticesSentAsync();
        }
        finally
        {
            await WebSocket.DisposeAsync();
            await Rest.DisposeAsync();
        }
    }

    private void OnExecuted(object? sender, FakeKisExecution fill)
    {
        if (!htsIds.TryGetValue(fill.AccountNumber, out var htsId)) return;
        var order = Rest.Order(fill.OrderNumber);
        var orderQuantity = order?.Quantity ?? fill.Quantity + fill.RemainingQuantity;
        var vts = Rest.Host == FakeKisHost.Vts;
        string trId;
        string[] fields;
        if (fill.Exchange == FakeKisExchange.Krx)
        {
            (trId, fields) = (vts ? "H0STCNI9" : "H0STCNI0", FakeKisRealtimeRecords.DomesticNotice(htsId, fill, orderQuantity, order?.LimitPrice, fill.Symbol));
        }
        else
        {
            var exchange = FakeKisExchange.ByAnyCode(fill.Exchange) ?? throw new InvalidOperationException($"a fill on unknown exchange {fill.Exchange}");
            (trId, fields) = (vts ? "H0GSCNI9" : "H0GSCNI0", FakeKisRealtimeRecords.OverseasNotice(htsId, fill, exchange, orderQuantity, fill.Symbol));
        }
        lock (gate) notices = SendAfter(notices, trId, htsId, fields);
    }

    private async Task SendAfter(Task previous, string trId, string htsId, string[] fields)
    {
        await previous;
        if (await WebSocket.PublishNoticeAsync(trId, htsId, fields) > 0) Interlocked.Increment(ref noticesSent);
    }
}
