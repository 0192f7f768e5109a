using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>Domestic quotations (§5.1–§5.3): price, order book, daily/period bars, daily prices, minute bars.</summary>
internal static class DomesticQuotes
{
    private static readonly string[] MarketCodes = ["J", "NX", "UN"];

    public static FakeKisReply Price(FakeKisCall call)
    {
        if (Quoted(call, out var error) is not { } s)
            return error!;
        var body = call.QuoteOk();
        body["output"] = PriceOutput(s);
        return FakeKisReply.Json(body);
    }

    public static FakeKisReply AskingPrice(FakeKisCall call)
    {
        if (Quoted(call, out var error) is not { } s)
            return error!;
        var price = s.Price!.Value;
        var tick = FakeKisTicks.Tick(price, s.IsEtf);
        var book = new JsonObject { ["aspr_acpt_hour"] = call.Kst.ToString("HHmmss", CultureInfo.InvariantCulture) };
        for (var i = 1; i <= 10; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            book["askp" + n] = FakeKisJson.Int(price + (i - 1) * tick);
            book["bidp" + n] = FakeKisJson.Int(Math.Max(0, price - i * tick));
            book["askp_rsqn" + n] = FakeKisJson.Int(100 * i);
            book["bidp_rsqn" + n] = FakeKisJson.Int(100 * i);
            book["askp_rsqn_icdc" + n] = "0";
            book["bidp_rsqn_icdc" + n] = "0";
        }
        book["total_askp_rsqn"] = "5500";
        book["total_bidp_rsqn"] = "5500";
        book["ntby_aspr_rsqn"] = "0";
        book["new_mkop_cls_code"] = "20";
        var body = call.QuoteOk();
        body["output1"] = book;
        body["output2"] = new JsonObject
        {
            ["antc_cnpr"] = FakeKisJson.Int(price), ["antc_vol"] = "0", ["antc_cntg_vrss"] = FakeKisJson.Int(s.Change),
            ["antc_cntg_vrss_sign"] = FakeKisJson.Sign(s.Change), ["antc_cntg_prdy_ctrt"] = FakeKisJson.Rate(s.Change, s.BasePrice!.Value),
            ["stck_prpr"] = FakeKisJson.Int(price), ["stck_oprc"] = FakeKisJson.Int(s.Open!.Value), ["stck_hgpr"] = FakeKisJson.Int(s.High!.Value),
            ["stck_lwpr"] = FakeKisJson.Int(s.Low!.Value), ["stck_sdpr"] = FakeKisJson.Int(s.BasePrice.Value), ["stck_shrn_iscd"] = s.Code,
            ["vi_cls_code"] = "N",
        };
        return FakeKisReply.Json(body);
    }

    /// <summary>FID_INPUT_DATE_1..2 window, newest first, at most 100 rows; no paging (the caller moves DATE_2).</summary>
    public static FakeKisReply DailyItemChart(FakeKisCall call)
    {
        if (Quoted(call, out var error) is not { } s)
            return error!;
        var from = FakeKisBars.ParseDate(call.Request.QueryValue("FID_INPUT_DATE_1")) ?? DateTime.MinValue;
        var to = FakeKisBars.ParseDate(call.Request.QueryValue("FID_INPUT_DATE_2")) ?? DateTime.MaxValue;
        var bars = FakeKisBars.Period(s.DailyBars, call.Request.QueryValue("FID_PERIOD_DIV_CODE"))
            .Where(b => b.Time.Date >= from && b.Time.Date <= to).Reverse().Take(100).ToList();
        var body = call.QuoteOk();
        var summary = PriceOutput(s);
        summary["stck_prdy_clpr"] = FakeKisJson.Int(s.BasePrice!.Value);
        summary["hts_kor_isnm"] = s.Name;
        body["output1"] = summary;
        body["output2"] = FakeKisJson.Array(bars.Select((b, i) => DailyRow(b, i + 1 < bars.Count ? bars[i + 1].Close : null)));
        return FakeKisReply.Json(body, call.State.Paging.LastPageMarker);
    }

    /// <summary>The last 30 periods, newest first.</summary>
    public static FakeKisReply DailyPrice(FakeKisCall call)
    {
        if (Quoted(call, out var error) is not { } s)
            return error!;
        var bars = FakeKisBars.Period(s.DailyBars, call.Request.QueryValue("FID_PERIOD_DIV_CODE")).Reverse().Take(30).ToList();
        var body = call.QuoteOk();
        body["output"] = FakeKisJson.Array(bars.Select((b, i) =>
        {
            var previous = i + 1 < bars.Count ? bars[i + 1].Close : (decimal?)null;
            var change = previous is { } p ? b.Close - p : 0m;
            return new JsonObject
            {
                ["stck_bsop_date"] = FakeKisBars.Date(b.Time), ["stck_oprc"] = FakeKisJson.Int(b.Open), ["stck_hgpr"] = FakeKisJson.Int(b.High),
                ["stck_lwpr"] = FakeKisJson.Int(b.Low), ["stck_clpr"] = FakeKisJson.Int(b.Close), ["acml_vol"] = FakeKisJson.Int(b.Volume),
                ["prdy_vrss_vol_rate"] = "0.00", ["prdy_vrss"] = FakeKisJson.Int(change), ["prdy_vrss_sign"] = FakeKisJson.Sign(change),
                ["prdy_ctrt"] = previous is { } q ? FakeKisJson.Rate(change, q) : "0.00", ["hts_frgn_ehrt"] = "0.00", ["frgn_ntby_qty"] = "0",
                ["flng_cls_code"] = "00", ["acml_prtt_rate"] = "0.00",
            };
        }));
        return FakeKisReply.Json(body);
    }

    /// <summary>Today's minute bars (KST date of the fake's clock) at or before FID_INPUT_HOUR_1, newest first, 30 rows.</summary>
    public static FakeKisReply MinuteChart(FakeKisCall call)
    {
        if (Quoted(call, out var error) is not { } s)
            return error!;
        var today = call.Kst.Date;
        var hourText = call.Request.QueryValue("FID_INPUT_HOUR_1").Trim();
        var until = TimeOnly.TryParseExact(hourText, "HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var h) ? h : TimeOnly.MaxValue;
        var todays = s.MinuteBars.Where(b => b.Time.Date == today && TimeOnly.FromDateTime(b.Time) <= until).Reverse().ToList();
        var rows = todays.Take(30).ToList();
        var body = call.QuoteOk();
        var summary = new JsonObject
        {
            ["prdy_vrss"] = FakeKisJson.Int(s.Change), ["prdy_vrss_sign"] = FakeKisJson.Sign(s.Change),
            ["prdy_ctrt"] = FakeKisJson.Rate(s.Change, s.BasePrice!.Value), ["stck_prdy_clpr"] = FakeKisJson.Int(s.BasePrice.Value),
            ["acml_vol"] = FakeKisJson.Int(s.Volume), ["acml_tr_pbmn"] = FakeKisJson.Int(s.TradedValue), ["hts_kor_isnm"] = s.Name,
            ["stck_prpr"] = FakeKisJson.Int(s.Price!.Value),
        };
        body["output1"] = summary;
        body["output2"] = FakeKisJson.Array(rows.Select(b => new JsonObject
        {
            ["stck_bsop_date"] = FakeKisBars.Date(b.Time), ["stck_cntg_hour"] = b.Time.ToString("HHmmss", CultureInfo.InvariantCulture),
            ["stck_prpr"] = FakeKisJson.Int(b.Close), ["stck_oprc"] = FakeKisJson.Int(b.Open), ["stck_hgpr"] = FakeKisJson.Int(b.High),
            ["stck_lwpr"] = FakeKisJson.Int(b.Low), ["cntg_vol"] = FakeKisJson.Int(b.Volume), ["acml_tr_pbmn"] = FakeKisJson.Int(b.Volume * b.Close),
        }));
        var paging = call.State.Paging;
        return FakeKisReply.Json(body, todays.Count > rows.Count ? paging.MorePagesMarker : paging.LastPageMarker);
    }

    internal static JsonObject PriceOutput(FakeKisSymbol s)
    {
        var price = s.Price!.Value;
        var basePrice = s.BasePrice!.Value;
        var upper = FakeKisTicks.UpperLimit(basePrice, s.IsEtf);
        var lower = FakeKisTicks.LowerLimit(basePrice, s.IsEtf);
        return new JsonObject
        {
            ["iscd_stat_cls_code"] = "55", ["rprs_mrkt_kor_name"] = s.IsEtf ? "ETF" : "KOSPI", ["bstp_kor_isnm"] = string.Empty,
            ["temp_stop_yn"] = "N", ["stck_prpr"] = FakeKisJson.Int(price), ["prdy_vrss"] = FakeKisJson.Int(s.Change),
            ["prdy_vrss_sign"] = FakeKisJson.Sign(s.Change, price >= upper, price <= lower), ["prdy_ctrt"] = FakeKisJson.Rate(s.Change, basePrice),
            ["acml_tr_pbmn"] = FakeKisJson.Int(s.TradedValue), ["acml_vol"] = FakeKisJson.Int(s.Volume),
            ["stck_oprc"] = FakeKisJson.Int(s.Open!.Value), ["stck_hgpr"] = FakeKisJson.Int(s.High!.Value), ["stck_lwpr"] = FakeKisJson.Int(s.Low!.Value),
            ["stck_mxpr"] = FakeKisJson.Int(upper), ["stck_llam"] = FakeKisJson.Int(lower), ["stck_sdpr"] = FakeKisJson.Int(basePrice),
            ["aspr_unit"] = FakeKisJson.Int(FakeKisTicks.Tick(price, s.IsEtf)), ["stck_shrn_iscd"] = s.Code,
            ["vi_cls_code"] = "N", ["mrkt_warn_cls_code"] = "00", ["short_over_yn"] = "N",
        };
    }

    private static JsonObject DailyRow(FakeKisBar b, decimal? previousClose)
    {
        var change = previousClose is { } p ? b.Close - p : 0m;
        return new JsonObject
        {
            ["stck_bsop_date"] = FakeKisBars.Date(b.Time), ["stck_clpr"] = FakeKisJson.Int(b.Close), ["stck_oprc"] = FakeKisJson.Int(b.Open),
            ["stck_hgpr"] = FakeKisJson.Int(b.High), ["stck_lwpr"] = FakeKisJson.Int(b.Low), ["acml_vol"] = FakeKisJson.Int(b.Volume),
            ["acml_tr_pbmn"] = FakeKisJson.Int(b.Volume * b.Close), ["flng_cls_code"] = "00", ["prtt_rate"] = "0.00", ["mod_yn"] = "N",
            ["prdy_vrss_sign"] = FakeKisJson.Sign(change), ["prdy_vrss"] = FakeKisJson.Int(change), ["revl_issu_reas"] = string.Empty,
        };
    }

    /// <summary>The symbol named by FID_INPUT_ISCD, if it has a price; otherwise the error to answer with.</summary>
    private static FakeKisSymbol? Quoted(FakeKisCall call, out FakeKisReply? error)
    {
        error = null;
        var market = call.Request.QueryValue("FID_COND_MRKT_DIV_CODE").Trim();
        if (!MarketCodes.Contains(market, StringComparer.OrdinalIgnoreCase))
        {
            error = FakeKisReply.Rejected(FakeKisMessages.BadMarketCode, FakeKisMessages.BadMarketCodeText);
            return null;
        }
        var s = call.Market.Find(call.Request.QueryValue("FID_INPUT_ISCD").Trim());
        if (s is null || s.Price is null)
        {
            error = FakeKisReply.Rejected(FakeKisMessages.UnknownSymbol, FakeKisMessages.UnknownSymbolText);
            return null;
        }
        return s;
    }
}
