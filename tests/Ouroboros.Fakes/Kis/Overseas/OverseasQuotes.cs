using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>Overseas quotations (§6.2): price, dailyprice (KEYB paging), price-detail, order book and two rankings.</summary>
internal static class OverseasQuotes
{
    public static FakeKisReply Price(FakeKisCall call)
    {
        if (Quoted(call, out var exchange, out var error) is not { } s)
            return error!;
        var body = call.QuoteOk();
        body["output"] = new JsonObject
        {
            ["rsym"] = "D" + exchange!.QuoteCode + s.Code, ["zdiv"] = Zdiv(exchange), ["base"] = P(exchange, s.BasePrice!.Value), ["pvol"] = "0",
            ["last"] = P(exchange, s.Price!.Value), ["sign"] = FakeKisJson.Sign(s.Change), ["diff"] = P(exchange, Math.Abs(s.Change)),
            ["rate"] = FakeKisJson.Rate(s.Change, s.BasePrice.Value), ["tvol"] = FakeKisJson.Int(s.Volume), ["tamt"] = FakeKisJson.Int(s.TradedValue),
            ["ordy"] = "매수가능",
        };
        return FakeKisReply.Json(body);
    }

    /// <summary>
    /// Newest first from BYMD (today when empty), 100 rows. More rows → tr_cont M; the next call sends tr_cont N and
    /// KEYB = the oldest xymd it received, and gets the rows strictly older (moving BYMD back works too).
    /// </summary>
    public static FakeKisReply DailyPrice(FakeKisCall call)
    {
        if (Quoted(call, out var exchange, out var error) is not { } s)
            return error!;
        var q = call.Request;
        var until = FakeKisBars.ParseDate(q.QueryValue("BYMD")) ?? exchange!.LocalTime(call.Now).Date;
        var keyb = q.Header("tr_cont") == "N" ? FakeKisBars.ParseDate(q.QueryValue("KEYB")) : null;
        var period = q.QueryValue("GUBN").Trim() switch { "1" => "W", "2" => "M", _ => "D" };
        var all = FakeKisBars.Period(s.DailyBars, period)
            .Where(b => b.Time.Date <= until && (keyb is null || b.Time.Date < keyb)).Reverse().ToList();
        var rows = all.Take(100).ToList();
        var body = call.QuoteOk();
        body["output1"] = new JsonObject
        {
            ["rsym"] = "D" + exchange!.QuoteCode + s.Code, ["zdiv"] = Zdiv(exchange), ["nrec"] = rows.Count.ToString(CultureInfo.InvariantCulture),
        };
        body["output2"] = FakeKisJson.Array(rows.Select((b, i) =>
        {
            var previous = i + 1 < all.Count ? all[i + 1].Close : (decimal?)null;
            var change = previous is { } p ? b.Close - p : 0m;
            return new JsonObject
            {
                ["xymd"] = FakeKisBars.Date(b.Time), ["clos"] = P(exchange, b.Close), ["sign"] = FakeKisJson.Sign(change),
                ["diff"] = P(exchange, Math.Abs(change)), ["rate"] = previous is { } r ? FakeKisJson.Rate(change, r) : "0.00",
                ["open"] = P(exchange, b.Open), ["high"] = P(exchange, b.High), ["low"] = P(exchange, b.Low), ["tvol"] = FakeKisJson.Int(b.Volume),
                ["tamt"] = FakeKisJson.Int(b.Volume * b.Close), ["pbid"] = P(exchange, b.Close), ["vbid"] = "0", ["pask"] = P(exchange, b.Close), ["vask"] = "0",
            };
        }));
        var paging = call.State.Paging;
        return FakeKisReply.Json(body, all.Count > rows.Count ? paging.MorePagesMarker : paging.LastPageMarker);
    }

    public static FakeKisReply PriceDetail(FakeKisCall call)
    {
        if (Quoted(call, out var exchange, out var error) is not { } s)
            return error!;
        var body = call.QuoteOk();
        var rate = call.State.ExchangeRates.TryGetValue(exchange!.Currency, out var fx) ? FakeKisJson.Dec(fx, 4) : string.Empty;
        body["output"] = new JsonObject
        {
            ["rsym"] = "D" + exchange.QuoteCode + s.Code, ["open"] = P(exchange, s.Open!.Value), ["high"] = P(exchange, s.High!.Value),
            ["low"] = P(exchange, s.Low!.Value), ["last"] = P(exchange, s.Price!.Value), ["base"] = P(exchange, s.BasePrice!.Value),
            ["tvol"] = FakeKisJson.Int(s.Volume), ["tamt"] = FakeKisJson.Int(s.TradedValue), ["curr"] = exchange.Currency, ["zdiv"] = Zdiv(exchange),
            ["vnit"] = exchange.QuoteCode == "TSE" ? "100" : "1", ["e_hogau"] = P(exchange, Tick(exchange)), ["e_ordyn"] = "매매 가능",
            ["t_rate"] = rate, ["etyp_nm"] = string.Empty,
        };
        return FakeKisReply.Json(body);
    }

    public static FakeKisReply AskingPrice(FakeKisCall call)
    {
        if (Quoted(call, out var exchange, out var error) is not { } s)
            return error!;
        var price = s.Price!.Value;
        var market = exchange!;
        var tick = Tick(market);
        var levels = new JsonObject();
        for (var i = 1; i <= 10; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            levels["pbid" + n] = P(market, Math.Max(0, price - i * tick));
            levels["pask" + n] = P(market, price + (i - 1) * tick);
            levels["vbid" + n] = FakeKisJson.Int(100 * i);
            levels["vask" + n] = FakeKisJson.Int(100 * i);
        }
        var body = call.QuoteOk();
        body["output1"] = new JsonObject
        {
            ["rsym"] = "D" + market.QuoteCode + s.Code, ["zdiv"] = Zdiv(market), ["curr"] = market.Currency,
            ["base"] = P(market, s.BasePrice!.Value), ["open"] = P(market, s.Open!.Value), ["high"] = P(market, s.High!.Value),
            ["low"] = P(market, s.Low!.Value), ["last"] = P(market, price), ["bvol"] = "5500", ["avol"] = "5500",
        };
        body["output2"] = levels;
        return FakeKisReply.Json(body);
    }

    /// <summary>updown-rate: GUBN 1 rise first, 0 fall first; ≤30 rows of the EXCD market.</summary>
    public static FakeKisReply UpDownRate(FakeKisCall call)
    {
        var rising = call.Request.QueryValue("GUBN").Trim() == "1";
        return Ranking(call, s => (rising ? -1 : 1) * s.Change / s.BasePrice!.Value);
    }

    public static FakeKisReply TradeVolume(FakeKisCall call) => Ranking(call, s => -s.Volume);

    private static FakeKisReply Ranking(FakeKisCall call, Func<FakeKisSymbol, decimal> order)
    {
        if (FakeKisExchange.ByQuoteCode(call.Request.QueryValue("EXCD").Trim()) is not { } exchange || exchange.OrderCode == FakeKisExchange.Krx)
            return FakeKisReply.Rejected(FakeKisMessages.BadMarketCode, FakeKisMessages.BadMarketCodeText);
        var rows = call.Market.Symbols.Where(s => s.Market == exchange.QuoteCode && s.Price is not null)
            .OrderBy(order).ThenBy(s => s.Code, StringComparer.Ordinal).Take(30).ToList();
        var body = call.QuoteOk();
        var count = rows.Count.ToString(CultureInfo.InvariantCulture);
        body["output1"] = new JsonObject { ["zdiv"] = Zdiv(exchange), ["stat"] = "0", ["crec"] = count, ["trec"] = count, ["nrec"] = count };
        body["output2"] = FakeKisJson.Array(rows.Select((s, i) => new JsonObject
        {
            ["rsym"] = "D" + exchange.QuoteCode + s.Code, ["excd"] = exchange.QuoteCode, ["symb"] = s.Code, ["name"] = s.Name, ["ename"] = s.Name,
            ["last"] = P(exchange, s.Price!.Value), ["sign"] = FakeKisJson.Sign(s.Change), ["diff"] = P(exchange, Math.Abs(s.Change)),
            ["rate"] = FakeKisJson.Rate(s.Change, s.BasePrice!.Value), ["tvol"] = FakeKisJson.Int(s.Volume), ["tamt"] = FakeKisJson.Int(s.TradedValue),
            ["pask"] = P(exchange, s.Price.Value), ["pbid"] = P(exchange, s.Price.Value), ["a_tvol"] = FakeKisJson.Int(s.Volume),
            ["n_base"] = P(exchange, s.BasePrice.Value), ["n_diff"] = P(exchange, Math.Abs(s.Change)), ["n_rate"] = FakeKisJson.Rate(s.Change, s.BasePrice.Value),
            ["rank"] = (i + 1).ToString(CultureInfo.InvariantCulture), ["e_ordyn"] = "○",
        }));
        return FakeKisReply.Json(body);
    }

    internal static string P(FakeKisExchange exchange, decimal value) => FakeKisJson.Dec(value, exchange.Decimals);

    private static string Zdiv(FakeKisExchange exchange) => exchange.Decimals.ToString(CultureInfo.InvariantCulture);

    private static decimal Tick(FakeKisExchange exchange) => exchange.Decimals switch { 0 => 1m, 1 => 0.1m, 2 => 0.01m, 3 => 0.001m, _ => 0.01m };

    private static FakeKisSymbol? Quoted(FakeKisCall call, out FakeKisExchange? exchange, out FakeKisReply? error)
    {
        error = null;
        exchange = FakeKisExchange.ByQuoteCode(call.Request.QueryValue("EXCD").Trim());
        if (exchange is null || exchange.OrderCode == FakeKisExchange.Krx)
        {
            error = FakeKisReply.Rejected(FakeKisMessages.BadMarketCode, FakeKisMessages.BadMarketCodeText);
            return null;
        }
        var s = call.Market.Find(call.Request.QueryValue("SYMB").Trim());
        if (s?.Price is null || (s.Market.Length > 0 && s.Market != exchange.QuoteCode))
        {
            error = FakeKisReply.Rejected(FakeKisMessages.UnknownSymbol, FakeKisMessages.UnknownSymbolText);
            return null;
        }
        return s;
    }
}
