using System.Globalization;
using System.Text.Json.Nodes;
using static Ouroboros.Fakes.Bybit.FakeBybitReply;

namespace Ouroboros.Fakes.Bybit;

/// <summary>The public endpoints: time, kline (newest first, strings), tickers, instruments-info and funding history.</summary>
internal static class FakeBybitMarketRoutes
{
    public static FakeBybitReply? Handle(FakeBybitRequest request, FakeBybitExchange x)
    {
        var now = x.Now;
        var ms = now.ToUnixTimeMilliseconds();
        switch (request.Path)
        {
            case "/v5/market/time":
                now = x.SigningNow;
                return Ok(new JsonObject
                {
                    ["timeSecond"] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                    ["timeNano"] = ((now - DateTimeOffset.UnixEpoch).Ticks * 100).ToString(CultureInfo.InvariantCulture),
                }, ms);
            case "/v5/market/kline":
                return Kline(request, x, ms);
            case "/v5/market/tickers":
                if (request.Param("category") is null) return Error(10001, "params error: category is required", ms);
                var tickers = x.Prices.Where(p => request.Param("symbol") is not { } s || s == p.Key).Select(p => (JsonNode)new JsonObject
                {
                    ["symbol"] = p.Key, ["lastPrice"] = Text(p.Value), ["markPrice"] = Text(p.Value), ["indexPrice"] = Text(p.Value),
                    ["bid1Price"] = Text(p.Value), ["ask1Price"] = Text(p.Value), ["fundingRate"] = "0.0001",
                    ["nextFundingTime"] = Millis(now.AddHours(8 - now.Hour % 8).AddMinutes(-now.Minute)),
                }).ToArray();
                return Ok(new JsonObject { ["category"] = "linear", ["list"] = new JsonArray(tickers) }, ms);
            case "/v5/market/instruments-info":
                if (request.Param("category") is null) return Error(10001, "params error: category is required", ms);
                var rows = x.Instruments.Values.Where(i => request.Param("symbol") is not { } s || s == i.Symbol).OrderBy(i => i.Symbol, StringComparer.Ordinal).ToList();
                return Ok(FakeBybitPaging.Page(request, rows, Instrument, 500, 1000), ms);
            case "/v5/market/funding/history":
                var symbol = request.Param("symbol") ?? "";
                var funding = x.Funding.GetValueOrDefault(symbol) ?? [];
                var end = Time(request.Param("endTime")) ?? DateTimeOffset.MaxValue;
                var start = Time(request.Param("startTime")) ?? DateTimeOffset.MinValue;
                var list = funding.Where(f => f.Time >= start && f.Time <= end).OrderByDescending(f => f.Time).Take(Limit(request, 200))
                    .Select(f => (JsonNode)new JsonObject { ["symbol"] = symbol, ["fundingRate"] = Text(f.Rate), ["fundingRateTimestamp"] = Millis(f.Time) }).ToArray();
                return Ok(new JsonObject { ["category"] = "linear", ["list"] = new JsonArray(list) }, ms);
            default:
                return null;
        }
    }

    private static FakeBybitReply Kline(FakeBybitRequest request, FakeBybitExchange x, long ms)
    {
        var symbol = request.Param("symbol");
        var interval = request.Param("interval");
        if (symbol is null || interval is null) return Error(10001, "params error: symbol and interval are required", ms);
        var start = Time(request.Param("start")) ?? DateTimeOffset.MinValue;
        var end = Time(request.Param("end")) ?? DateTimeOffset.MaxValue;
        var bars = (x.Klines.GetValueOrDefault((symbol, interval)) ?? []).Where(k => k.Start >= start && k.Start <= end)
            .OrderByDescending(k => k.Start).Take(Limit(request, 200));
        var list = bars.Select(k => (JsonNode)new JsonArray(Millis(k.Start), Text(k.Open), Text(k.High), Text(k.Low), Text(k.Close), Text(k.Volume),
            Text(k.Volume * k.Close))).ToArray();
        return Ok(new JsonObject { ["category"] = "linear", ["symbol"] = symbol, ["list"] = new JsonArray(list) }, ms);
    }

    private static JsonNode Instrument(FakeBybitInstrument i) => new JsonObject
    {
        ["symbol"] = i.Symbol, ["contractType"] = "LinearPerpetual", ["status"] = "Trading", ["baseCoin"] = i.Symbol[..^4], ["quoteCoin"] = "USDT",
        ["settleCoin"] = "USDT", ["priceScale"] = "2",
        ["leverageFilter"] = new JsonObject { ["minLeverage"] = "1", ["maxLeverage"] = Text(i.MaxLeverage), ["leverageStep"] = "0.01" },
        ["priceFilter"] = new JsonObject { ["minPrice"] = Text(i.TickSize), ["maxPrice"] = "1999999.8", ["tickSize"] = Text(i.TickSize) },
        ["lotSizeFilter"] = new JsonObject
        {
            ["maxOrderQty"] = Text(i.MaxOrderQty), ["maxMktOrderQty"] = Text(i.MaxOrderQty), ["minOrderQty"] = Text(i.MinOrderQty),
            ["qtyStep"] = Text(i.QtyStep), ["minNotionalValue"] = Text(i.MinNotionalValue),
        },
        ["fundingInterval"] = 480,
    };

    private static int Limit(FakeBybitRequest request, int fallback) =>
        int.TryParse(request.Param("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 1000) : fallback;

    private static DateTimeOffset? Time(string? ms) =>
        long.TryParse(ms, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
