using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>Orders: create, amend, cancel, and the open, recent and historical look-ups by orderLinkId; executions.</summary>
public sealed partial class BybitClient
{
    /// <summary>
    /// Places <paramref name="order"/> (one-way mode). The answer is only an acknowledgement. Sending an orderLinkId again
    /// (a retry after a lost answer) draws 110072 from Bybit: the order that holds it is then looked up and acknowledged,
    /// so a retry finds the first order and never places a second.
    /// </summary>
    public async Task<BrokerResult<BybitOrderAck>> CreateOrderAsync(BybitOrderRequest order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var body = new List<KeyValuePair<string, object>>
        {
            B("category", Category), B("symbol", order.Symbol), B("side", BybitJson.WireSide(order.Side)),
            B("orderType", order.IsLimit ? "Limit" : "Market"), B("qty", BybitNumbers.Format(order.Quantity)),
        };
        if (order.LimitPrice is { } price) body.Add(B("price", BybitNumbers.Format(price)));
        if (order.TimeInForce is { } tif) body.Add(B("timeInForce", tif));
        body.Add(B("positionIdx", 0));
        body.Add(B("orderLinkId", order.OrderLinkId));
        if (order.ReduceOnly) body.Add(B("reduceOnly", true));
        if (order.TakeProfit is { } tp) body.Add(B("takeProfit", BybitNumbers.Format(tp)));
        if (order.StopLoss is { } sl) body.Add(B("stopLoss", BybitNumbers.Format(sl)));
        var request = BybitRequest.PrivatePost("/v5/order/create", body);
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (call.RetCode == BybitRetCodes.DuplicateOrderLinkId)
        {
            var existing = await FindOrderAsync(order.Symbol, order.OrderLinkId, cancellationToken).ConfigureAwait(false);
            if (!existing.IsSuccess)
                return BrokerResult<BybitOrderAck>.Fail(BrokerErrorKind.Unknown, $"Bybit already holds orderLinkId {order.OrderLinkId} (110072) but looking it up failed: {existing.Error!.Message}");
            return existing.Value is { } found
                ? BrokerResult<BybitOrderAck>.Ok(new BybitOrderAck(found.OrderId, found.OrderLinkId))
                : BrokerResult<BybitOrderAck>.Fail(BrokerErrorKind.Rejected, $"orderLinkId {order.OrderLinkId} was used before (110072) for an order Bybit no longer lists; use a new client order id");
        }
        if (!call.IsSuccess) return call.FailAs<BybitOrderAck>();
        try
        {
            return BrokerResult<BybitOrderAck>.Ok(BybitReaders.Ack(call.Result!.Value));
        }
        catch (BybitFormatException e)
        {
            return BrokerResult<BybitOrderAck>.Fail(BrokerErrorKind.Unknown, $"the order's acknowledgement is unreadable ({e.Message}): {BybitPipeline.UnknownWhetherDone}");
        }
    }

    /// <summary>Changes an open order's quantity, price or TP/SL (null: unchanged).</summary>
    public async Task<BrokerResult<BybitOrderAck>> AmendOrderAsync(string symbol, string orderLinkId, decimal? quantity = null, decimal? price = null,
        decimal? takeProfit = null, decimal? stopLoss = null, CancellationToken cancellationToken = default)
    {
        var body = new List<KeyValuePair<string, object>> { B("category", Category), B("symbol", symbol), B("orderLinkId", orderLinkId) };
        if (quantity is { } q) body.Add(B("qty", BybitNumbers.Format(q)));
        if (price is { } p) body.Add(B("price", BybitNumbers.Format(p)));
        if (takeProfit is { } tp) body.Add(B("takeProfit", BybitNumbers.Format(tp)));
        if (stopLoss is { } sl) body.Add(B("stopLoss", BybitNumbers.Format(sl)));
        return await CallAsync(BybitRequest.PrivatePost("/v5/order/amend", body), BybitReaders.Ack, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerResult<BybitOrderAck>> CancelOrderAsync(string symbol, string orderLinkId, CancellationToken cancellationToken = default) =>
        await CallAsync(BybitRequest.PrivatePost("/v5/order/cancel", [B("category", Category), B("symbol", symbol), B("orderLinkId", orderLinkId)]),
            BybitReaders.Ack, cancellationToken).ConfigureAwait(false);

    /// <summary>Open orders of the settle coin (all pages), or of one symbol.</summary>
    public Task<BrokerResult<IReadOnlyList<BybitOrder>>> GetOpenOrdersAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        PagedAsync(BybitRequest.PrivateGet("/v5/order/realtime", Q("category", Category),
            symbol is null ? Q("settleCoin", Options.SettleCoin) : Q("symbol", symbol), Q("openOnly", "0"), Q("limit", "50")), BybitReaders.Order, cancellationToken);

    /// <summary>
    /// The order Bybit holds under <paramref name="orderLinkId"/>: open ones from <c>/v5/order/realtime</c>, ended ones
    /// from <c>/v5/order/history</c>; with no symbol, among the settle coin's. Null when neither knows it (it never
    /// arrived); a failed look-up is an error.
    /// </summary>
    public async Task<BrokerResult<BybitOrder?>> FindOrderAsync(string? symbol, string orderLinkId, CancellationToken cancellationToken = default)
    {
        foreach (var path in (string[])["/v5/order/realtime", "/v5/order/history"])
        {
            var found = await CallAsync(BybitRequest.PrivateGet(path, Q("category", Category),
                    symbol is null ? Q("settleCoin", Options.SettleCoin) : Q("symbol", symbol), Q("orderLinkId", orderLinkId)),
                r => BybitJson.List(r).Select(BybitReaders.Order).FirstOrDefault(o => o.OrderLinkId == orderLinkId), cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess) return BrokerResult<BybitOrder?>.Fail(found.Error!.Kind, found.Error.Message);
            if (found.Value is not null) return BrokerResult<BybitOrder?>.Ok(found.Value);
        }
        return BrokerResult<BybitOrder?>.Ok(null);
    }

    /// <summary>Ended orders of the last 7 days (one symbol, or the settle coin), all pages.</summary>
    public Task<BrokerResult<IReadOnlyList<BybitOrder>>> GetOrderHistoryAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        PagedAsync(BybitRequest.PrivateGet("/v5/order/history", Q("category", Category),
            symbol is null ? Q("settleCoin", Options.SettleCoin) : Q("symbol", symbol), Q("limit", "50")), BybitReaders.Order, cancellationToken);

    /// <summary>The fills of one order (all pages), oldest first.</summary>
    public async Task<BrokerResult<IReadOnlyList<BybitExecution>>> GetExecutionsAsync(string symbol, string orderLinkId, CancellationToken cancellationToken = default)
    {
        var rows = await PagedAsync(BybitRequest.PrivateGet("/v5/execution/list", Q("category", Category), Q("symbol", symbol), Q("orderLinkId", orderLinkId),
            Q("limit", "100")), BybitReaders.Execution, cancellationToken).ConfigureAwait(false);
        return rows.IsSuccess
            ? BrokerResult<IReadOnlyList<BybitExecution>>.Ok([.. rows.Value!.OrderBy(e => e.Time).ThenBy(e => e.ExecId, StringComparer.Ordinal)])
            : rows;
    }
}
