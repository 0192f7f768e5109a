using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>Real-only domestic lookups (§5.8, §5.9, chk-holiday): at most 30 ranking rows, no next page.</summary>
internal static class DomesticRankings
{
    public static FakeKisReply VolumeRank(FakeKisCall call)
    {
        var rows = Quoted(call).OrderByDescending(s => s.Volume).ThenBy(s => s.Code, StringComparer.Ordinal).Take(30).ToList();
        var body = call.QuoteOk();
        body["output"] = FakeKisJson.Array(rows.Select((s, i) => new JsonObject
        {
            ["hts_kor_isnm"] = s.Name, ["mksc_shrn_iscd"] = s.Code, ["data_rank"] = (i + 1).ToString(CultureInfo.InvariantCulture),
            ["stck_prpr"] = FakeKisJson.Int(s.Price!.Value), ["prdy_vrss_sign"] = FakeKisJson.Sign(s.Change), ["prdy_vrss"] = FakeKisJson.Int(s.Change),
            ["prdy_ctrt"] = FakeKisJson.Rate(s.Change, s.BasePrice!.Value), ["acml_vol"] = FakeKisJson.Int(s.Volume), ["prdy_vol"] = "0",
            ["lstn_stcn"] = "0", ["avrg_vol"] = FakeKisJson.Int(s.Volume), ["n_befr_clpr_vrss_prpr_rate"] = FakeKisJson.Rate(s.Change, s.BasePrice.Value),
            ["vol_inrt"] = "0.00", ["vol_tnrt"] = "0.00", ["nday_vol_tnrt"] = "0.00", ["avrg_tr_pbmn"] = FakeKisJson.Int(s.TradedValue),
            ["tr_pbmn_tnrt"] = "0.00", ["nday_tr_pbmn_tnrt"] = "0.00", ["acml_tr_pbmn"] = FakeKisJson.Int(s.TradedValue),
        }));
        return FakeKisReply.Json(body);
    }

    /// <summary>fid_rank_sort_cls_code 0 = biggest rise first, 1 = biggest fall first (others: rise).</summary>
    public static FakeKisReply Fluctuation(FakeKisCall call)
    {
        var falling = call.Request.QueryValue("fid_rank_sort_cls_code").Trim() == "1";
        var quoted = Quoted(call).ToList();
        var ordered = falling
            ? quoted.OrderBy(s => s.Change / s.BasePrice!.Value)
            : quoted.OrderByDescending(s => s.Change / s.BasePrice!.Value);
        var rows = ordered.ThenBy(s => s.Code, StringComparer.Ordinal).Take(30).ToList();
        var body = call.QuoteOk();
        body["output"] = FakeKisJson.Array(rows.Select((s, i) => new JsonObject
        {
            ["stck_shrn_iscd"] = s.Code, ["data_rank"] = (i + 1).ToString(CultureInfo.InvariantCulture), ["hts_kor_isnm"] = s.Name,
            ["stck_prpr"] = FakeKisJson.Int(s.Price!.Value), ["prdy_vrss"] = FakeKisJson.Int(s.Change), ["prdy_vrss_sign"] = FakeKisJson.Sign(s.Change),
            ["prdy_ctrt"] = FakeKisJson.Rate(s.Change, s.BasePrice!.Value), ["acml_vol"] = FakeKisJson.Int(s.Volume),
            ["stck_hgpr"] = FakeKisJson.Int(s.High!.Value), ["hgpr_hour"] = "090000", ["acml_hgpr_date"] = FakeKisBars.Date(call.Kst.DateTime),
            ["stck_lwpr"] = FakeKisJson.Int(s.Low!.Value), ["lwpr_hour"] = "090000", ["acml_lwpr_date"] = FakeKisBars.Date(call.Kst.DateTime),
            ["lwpr_vrss_prpr_rate"] = FakeKisJson.Rate(s.Price.Value - s.Low.Value, s.Low.Value),
            ["hgpr_vrss_prpr_rate"] = FakeKisJson.Rate(s.Price.Value - s.High.Value, s.High.Value),
            ["dsgt_date_clpr_vrss_prpr_rate"] = FakeKisJson.Rate(s.Change, s.BasePrice.Value), ["cnnt_ascn_dynu"] = "0", ["cnnt_down_dynu"] = "0",
            ["oprc_vrss_prpr_sign"] = FakeKisJson.Sign(s.Price.Value - s.Open!.Value), ["oprc_vrss_prpr"] = FakeKisJson.Int(s.Price.Value - s.Open.Value),
            ["oprc_vrss_prpr_rate"] = FakeKisJson.Rate(s.Price.Value - s.Open.Value, s.Open.Value), ["prd_rsfl"] = FakeKisJson.Int(s.Change),
            ["prd_rsfl_rate"] = FakeKisJson.Rate(s.Change, s.BasePrice.Value),
        }));
        return FakeKisReply.Json(body);
    }

    /// <summary>BASS_DT and the nine days after it; weekends and the test's holidays are closed.</summary>
    public static FakeKisReply Holidays(FakeKisCall call)
    {
        if (FakeKisBars.ParseDate(call.Request.QueryValue("BASS_DT")) is not { } start)
            return FakeKisCall.Missing("BASS_DT");
        var body = call.InquiryOk();
        body["ctx_area_nk"] = string.Empty;
        body["ctx_area_fk"] = string.Empty;
        body["output"] = FakeKisJson.Array(Enumerable.Range(0, 10).Select(i =>
        {
            var day = start.AddDays(i);
            var open = call.State.IsKrxBusinessDay(DateOnly.FromDateTime(day)) ? "Y" : "N";
            return new JsonObject
            {
                ["bass_dt"] = FakeKisBars.Date(day), ["wday_dvsn_cd"] = ((int)day.DayOfWeek + 1).ToString("D2", CultureInfo.InvariantCulture),
                ["bzdy_yn"] = open, ["tr_day_yn"] = open, ["opnd_yn"] = open, ["sttl_day_yn"] = open,
            };
        }));
        return FakeKisReply.Json(body, call.State.Paging.LastPageMarker);
    }

    private static IEnumerable<FakeKisSymbol> Quoted(FakeKisCall call) =>
        call.Market.Symbols.Where(s => s.IsDomestic && s.Price is not null);
}
