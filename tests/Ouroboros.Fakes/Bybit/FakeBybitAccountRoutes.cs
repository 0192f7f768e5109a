using System.Text.Json.Nodes;
using static Ouroboros.Fakes.Bybit.FakeBybitReply;

namespace Ouroboros.Fakes.Bybit;

/// <summary>The account and positions: wallet-balance (UNIFIED), position list, set-leverage (110043 when unchanged), trading-stop.</summary>
internal static class FakeBybitAccountRoutes
{
    public static FakeBybitReply? Handle(FakeBybitRequest r, FakeBybitExchange x, FakeBybitAccount a)
    {
        var ms = x.Now.ToUnixTimeMilliseconds();
        switch (r.Path)
        {
            case "/v5/account/wallet-balance":
                if (r.Param("accountType") != "UNIFIED") return Error(10001, "params error: accountType only support UNIFIED", ms);
                var upl = x.Unrealised(a);
                var im = x.UsedMargin(a);
                var coin = new JsonObject
                {
                    ["coin"] = "USDT", ["equity"] = Text(a.Wallet + upl), ["usdValue"] = Text(a.Wallet + upl), ["walletBalance"] = Text(a.Wallet),
                    ["locked"] = "0", ["borrowAmount"] = "0", ["totalPositionIM"] = Text(im), ["unrealisedPnl"] = Text(upl),
                    ["cumRealisedPnl"] = Text(a.Positions.Values.Sum(p => p.CumRealisedPnl)), ["marginCollateral"] = true, ["collateralSwitch"] = true,
                };
                return Ok(new JsonObject
                {
                    ["list"] = new JsonArray(new JsonObject
                    {
                        ["accountType"] = "UNIFIED", ["totalEquity"] = Text(a.Wallet + upl), ["totalWalletBalance"] = Text(a.Wallet),
                        ["totalMarginBalance"] = Text(a.Wallet + upl), ["totalAvailableBalance"] = Text(a.Wallet + upl - im),
                        ["totalPerpUPL"] = Text(upl), ["totalInitialMargin"] = Text(im), ["coin"] = new JsonArray(coin),
                    }),
                }, ms);
            case "/v5/position/list":
                if (r.Param("category") != "linear") return Error(10001, "params error: category must be linear", ms);
                if (r.Param("symbol") is { } symbol)
                    return Ok(FakeBybitPaging.Page(r, [a.Position(symbol)], p => Position(p, x, a), 20, 200), ms);
                if (r.Param("settleCoin") is null) return Error(10001, "params error: symbol or settleCoin is required", ms);
                var open = a.Positions.Values.Where(p => p.Size != 0).OrderBy(p => p.Symbol, StringComparer.Ordinal).ToList();
                return Ok(FakeBybitPaging.Page(r, open, p => Position(p, x, a), 20, 200), ms);
            case "/v5/position/set-leverage":
                var sym = r.Param("symbol") ?? "";
                if (!x.Instruments.TryGetValue(sym, out var rules)) return Error(10001, "params error: symbol invalid", ms);
                var buy = FakeBybitOrderRoutes.Dec(r.Param("buyLeverage"));
                if (buy is not > 0 || buy != FakeBybitOrderRoutes.Dec(r.Param("sellLeverage")) || buy > rules.MaxLeverage)
                    return Error(10001, "params error: leverage invalid (one-way mode needs buy = sell, within the leverage filter)", ms);
                if (a.LeverageOf(sym) == buy) return Error(110043, "leverage not modified", ms);
                a.Leverage[sym] = buy.Value;
                return Ok(new JsonObject(), ms);
            case "/v5/position/trading-stop":
                if (r.Param("tpslMode") is null || r.Param("positionIdx") is null) return Error(10001, "params error: tpslMode and positionIdx are required", ms);
                if (a.Positions.GetValueOrDefault(r.Param("symbol") ?? "") is not { Size: not 0 } position)
                    return Error(10001, "can not set tp/sl/ts for zero position", ms);
                if (FakeBybitOrderRoutes.Dec(r.Param("takeProfit")) is { } tp) position.TakeProfit = tp == 0 ? null : tp;
                if (FakeBybitOrderRoutes.Dec(r.Param("stopLoss")) is { } sl) position.StopLoss = sl == 0 ? null : sl;
                return Ok(new JsonObject(), ms);
            default:
                return null;
        }
    }

    private static JsonNode Position(FakeBybitPosition p, FakeBybitExchange x, FakeBybitAccount a)
    {
        var mark = x.Prices.GetValueOrDefault(p.Symbol, p.AveragePrice);
        var lev = a.LeverageOf(p.Symbol);
        // Isolated-style estimate: the price at which the margin is gone (maintenance margin ignored).
        var liq = p.Size == 0 ? "" : Text(Math.Max(0m, p.AveragePrice * (1 - Math.Sign(p.Size) / lev)));
        return new JsonObject
        {
            ["positionIdx"] = 0, ["riskId"] = 1, ["symbol"] = p.Symbol, ["side"] = p.Size > 0 ? "Buy" : p.Size < 0 ? "Sell" : "",
            ["size"] = Text(Math.Abs(p.Size)), ["avgPrice"] = Text(p.AveragePrice), ["positionValue"] = Text(Math.Abs(p.Size) * p.AveragePrice),
            ["leverage"] = Text(lev), ["markPrice"] = Text(mark), ["liqPrice"] = liq, ["takeProfit"] = p.TakeProfit is { } tp ? Text(tp) : "0",
            ["stopLoss"] = p.StopLoss is { } sl ? Text(sl) : "0", ["trailingStop"] = "0", ["unrealisedPnl"] = Text((mark - p.AveragePrice) * p.Size),
            ["cumRealisedPnl"] = Text(p.CumRealisedPnl), ["positionStatus"] = "Normal", ["createdTime"] = Millis(x.Now), ["updatedTime"] = Millis(x.Now),
        };
    }
}
