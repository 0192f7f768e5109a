using System.Globalization;
using System.Text.Json.Nodes;
using static Ouroboros.Fakes.Bybit.FakeBybitReply;

namespace Ouroboros.Fakes.Bybit;

/// <summary>Orders: create (orderLinkId unique per account), amend, cancel, realtime, history and executions.</summary>
internal static class FakeBybitOrderRoutes
{
    public static FakeBybitReply? Handle(FakeBybitRequest r, FakeBybitExchange x, FakeBybitAccount a)
    {
        var ms = x.Now.ToUnixTimeMilliseconds();
        if (r.Path is not ("/v5/order/create" or "/v5/order/amend" or "/v5/order/cancel" or "/v5/order/realtime" or "/v5/order/history" or "/v5/execution/list"))
            return null;
        if (r.Param("category") != "linear") return Error(10001, "params error: category must be linear", ms);
        return r.Path switch
        {
            "/v5/order/create" => Create(r, x, a, ms),
            "/v5/order/amend" => Amend(r, x, a, ms),
            "/v5/order/cancel" => Cancel(r, x, a, ms),
            "/v5/execution/list" => Ok(FakeBybitPaging.Page(r, a.Executions.Where(e => Matches(r, e.Symbol, e.OrderId, e.OrderLinkId))
                .OrderByDescending(e => e.Time).ThenByDescending(e => e.ExecId, StringComparer.Ordinal).ToList(), Execution, 50, 100), ms),
            _ => List(r, a, ms),
        };
    }

    private static FakeBybitReply Create(FakeBybitRequest r, FakeBybitExchange x, FakeBybitAccount a, long ms)
    {
        var symbol = r.Param("symbol") ?? "";
        var linkId = r.Param("orderLinkId") ?? "";
        if (!x.Instruments.TryGetValue(symbol, out var rules) || !x.Prices.TryGetValue(symbol, out var last)) return Error(10001, "params error: symbol invalid", ms);
        if (r.Param("side") is not ("Buy" or "Sell") || r.Param("orderType") is not ("Market" or "Limit"))
            return Error(10001, "params error: side and orderType are required", ms);
        if (linkId.Length > 0 && a.Orders.Any(o => o.OrderLinkId == linkId)) return Error(110072, "OrderLinkedID is duplicate", ms);
        if (!decimal.TryParse(r.Param("qty"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var qty) || qty <= 0)
            return Error(10001, "params error: qty invalid", ms);
        if (qty % rules.QtyStep != 0) return Error(10001, $"Qty invalid: not a multiple of qtyStep {Text(rules.QtyStep)}", ms);
        if (qty < rules.MinOrderQty) return Error(110017, "Order qty below minOrderQty; it would be truncated to zero", ms);
        decimal? price = decimal.TryParse(r.Param("price"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) ? p : null;
        if (r.Param("orderType") == "Limit" && (price is not > 0 || price % rules.TickSize != 0)) return Error(10001, "params error: price invalid for tickSize", ms);
        var side = r.Param("side")!;
        var reduceOnly = r.Param("reduceOnly") == "true";
        var position = a.Position(symbol);
        if (reduceOnly)
        {
            var reducible = side == "Sell" ? Math.Max(0, position.Size) : Math.Max(0, -position.Size);
            if (reducible == 0) return Error(110017, "current position is zero, cannot fix reduce-only order qty", ms);
            qty = Math.Min(qty, reducible);
        }
        else
        {
            var at = price ?? last;
            var free = a.Wallet + x.Unrealised(a) - x.UsedMargin(a);
            if (qty * at / a.LeverageOf(symbol) + qty * at * FakeBybitExchange.TakerFee > free) return Error(110007, "ab not enough for new order", ms);
        }
        var order = new FakeBybitOrder
        {
            OrderId = x.NextOrderId(), OrderLinkId = linkId, ApiKey = a.ApiKey, Symbol = symbol, Side = side, OrderType = r.Param("orderType")!,
            Quantity = qty, Price = r.Param("orderType") == "Limit" ? price : null, TimeInForce = r.Param("timeInForce") ?? "GTC", ReduceOnly = reduceOnly,
            TakeProfit = Dec(r.Param("takeProfit")), StopLoss = Dec(r.Param("stopLoss")), Created = x.Now, Updated = x.Now,
        };
        a.Orders.Add(order);
        x.Work(a, order);
        return Ok(new JsonObject { ["orderId"] = order.OrderId, ["orderLinkId"] = order.OrderLinkId }, ms);
    }

    private static FakeBybitReply Amend(FakeBybitRequest r, FakeBybitExchange x, FakeBybitAccount a, long ms)
    {
        if (Find(r, a) is not { IsOpen: true } order) return Error(110001, "order not exists or too late to replace", ms);
        if (Dec(r.Param("qty")) is { } qty) order.Quantity = qty;
        if (Dec(r.Param("price")) is { } price) order.Price = price;
        if (Dec(r.Param("takeProfit")) is { } tp) order.TakeProfit = tp;
        if (Dec(r.Param("stopLoss")) is { } sl) order.StopLoss = sl;
        order.Updated = x.Now;
        if (order.OrderType == "Limit" && x.Prices.TryGetValue(order.Symbol, out var last)) x.SetPrice(order.Symbol, last);
        return Ok(new JsonObject { ["orderId"] = order.OrderId, ["orderLinkId"] = order.OrderLinkId }, ms);
    }

    private static FakeBybitReply Cancel(FakeBybitRequest r, FakeBybitExchange x, FakeBybitAccount a, long ms)
    {
        if (Find(r, a) is not { } order) return Error(110001, "order not exists or too late to cancel", ms);
        if (!order.IsOpen) return Error(110008, "order has been finished or cancelled", ms);
        order.Status = "Cancelled";
        order.Updated = x.Now;
        return Ok(new JsonObject { ["orderId"] = order.OrderId, ["orderLinkId"] = order.OrderLinkId }, ms);
    }

    private static FakeBybitReply List(FakeBybitRequest r, FakeBybitAccount a, long ms)
    {
        if (r.Param("symbol") is null && r.Param("settleCoin") is null && r.Param("baseCoin") is null)
            return Error(10001, "params error: symbol, baseCoin or settleCoin is required", ms);
        var realtime = r.Path == "/v5/order/realtime";
        var byId = r.Param("orderId") is not null || r.Param("orderLinkId") is not null;
        // Realtime lists open orders (openOnly=0) or recent closed ones (1); asked by id it finds the order either way.
        var rows = a.Orders.Where(o => Matches(r, o.Symbol, o.OrderId, o.OrderLinkId))
            .Where(o => !realtime || byId || (r.Param("openOnly") == "1" ? !o.IsOpen : o.IsOpen))
            .Where(o => realtime || !o.IsOpen)
            .OrderByDescending(o => o.Created).ThenByDescending(o => o.OrderId, StringComparer.Ordinal).ToList();
        return Ok(FakeBybitPaging.Page(r, rows, Order, 20, 50), ms);
    }

    private static FakeBybitOrder? Find(FakeBybitRequest r, FakeBybitAccount a) =>
        a.Orders.FirstOrDefault(o => o.Symbol == r.Param("symbol") && ((r.Param("orderId") is { } id && o.OrderId == id)
            || (r.Param("orderLinkId") is { Length: > 0 } link && o.OrderLinkId == link)));

    private static bool Matches(FakeBybitRequest r, string symbol, string orderId, string orderLinkId) =>
        (r.Param("symbol") is not { } s || s == symbol) && (r.Param("orderId") is not { } id || id == orderId)
        && (r.Param("orderLinkId") is not { } link || link == orderLinkId);

    private static JsonNode Order(FakeBybitOrder o) => new JsonObject
    {
        ["orderId"] = o.OrderId, ["orderLinkId"] = o.OrderLinkId, ["symbol"] = o.Symbol, ["price"] = o.Price is { } p ? Text(p) : "0",
        ["qty"] = Text(o.Quantity), ["side"] = o.Side, ["positionIdx"] = 0, ["orderStatus"] = o.Status, ["createType"] = o.CreateType,
        ["cancelType"] = o.Status == "Cancelled" ? "CancelByUser" : "UNKNOWN", ["rejectReason"] = o.RejectReason,
        ["avgPrice"] = o.CumExecQty > 0 ? Text(o.CumExecValue / o.CumExecQty) : "", ["leavesQty"] = Text(o.Leaves),
        ["leavesValue"] = Text(o.Leaves * (o.Price ?? 0m)), ["cumExecQty"] = Text(o.CumExecQty), ["cumExecValue"] = Text(o.CumExecValue),
        ["cumExecFee"] = Text(o.CumExecFee), ["timeInForce"] = o.OrderType == "Market" ? "IOC" : o.TimeInForce, ["orderType"] = o.OrderType,
        ["stopOrderType"] = "", ["triggerPrice"] = "0", ["takeProfit"] = o.TakeProfit is { } tp ? Text(tp) : "",
        ["stopLoss"] = o.StopLoss is { } sl ? Text(sl) : "", ["tpslMode"] = o.TakeProfit is null && o.StopLoss is null ? "" : "Full",
        ["reduceOnly"] = o.ReduceOnly, ["closeOnTrigger"] = false, ["createdTime"] = Millis(o.Created), ["updatedTime"] = Millis(o.Updated),
        ["cumFeeDetail"] = new JsonObject { ["USDT"] = Text(o.CumExecFee) },
    };

    private static JsonNode Execution(FakeBybitExecution e) => new JsonObject
    {
        ["symbol"] = e.Symbol, ["orderId"] = e.OrderId, ["orderLinkId"] = e.OrderLinkId, ["side"] = e.Side, ["execId"] = e.ExecId,
        ["execPrice"] = Text(e.Price), ["execQty"] = Text(e.Quantity), ["execValue"] = Text(e.Price * e.Quantity), ["execFee"] = Text(e.Fee),
        ["feeRate"] = Text(e.IsMaker ? FakeBybitExchange.MakerFee : FakeBybitExchange.TakerFee), ["feeCurrency"] = "USDT", ["execType"] = "Trade",
        ["execTime"] = Millis(e.Time), ["isMaker"] = e.IsMaker, ["markPrice"] = Text(e.Price), ["closedSize"] = "0", ["seq"] = 1,
    };

    internal static decimal? Dec(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
