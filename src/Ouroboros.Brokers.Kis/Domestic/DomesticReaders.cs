using System.Text.Json;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Domain.Orders;
using static Ouroboros.Brokers.Kis.Http.KisJson;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>Reads the domestic bodies of kis-openapi.md §5 into records; field names as the contract lists them.</summary>
internal static class DomesticReaders
{
    public static DomesticQuote Quote(string symbol, JsonElement o) => new(
        Trimmed(o, "stck_shrn_iscd") ?? symbol,
        RequiredDecimal(o, "stck_prpr"),
        Decimal(o, "prdy_vrss"),
        Trimmed(o, "prdy_vrss_sign"),
        Decimal(o, "prdy_ctrt"),
        Decimal(o, "stck_oprc"),
        Decimal(o, "stck_hgpr"),
        Decimal(o, "stck_lwpr"),
        Decimal(o, "stck_mxpr"),
        Decimal(o, "stck_llam"),
        Decimal(o, "stck_sdpr"),
        Decimal(o, "acml_vol"),
        Decimal(o, "acml_tr_pbmn"),
        Decimal(o, "aspr_unit"),
        new DomesticStatus(Trimmed(o, "iscd_stat_cls_code"), YesNo(o, "temp_stop_yn"), Trimmed(o, "vi_cls_code"), Trimmed(o, "mrkt_warn_cls_code"), YesNo(o, "short_over_yn")));

    public static DomesticOrderBook Book(string symbol, JsonElement body)
    {
        var levels = RequiredSingle(body, "output1");
        var expected = Single(body, "output2");
        return new DomesticOrderBook(
            symbol,
            Time(levels, "aspr_acpt_hour"),
            Levels(levels, "askp", "askp_rsqn"),
            Levels(levels, "bidp", "bidp_rsqn"),
            Decimal(levels, "total_askp_rsqn"),
            Decimal(levels, "total_bidp_rsqn"),
            expected is { } e ? Decimal(e, "antc_cnpr") : null,
            expected is { } v ? Decimal(v, "antc_vol") : null);
    }

    public static DomesticDailyBar DailyBar(JsonElement row) => new(
        Date(row, "stck_bsop_date") ?? throw new Common.KisFormatException("a bar has no stck_bsop_date"),
        RequiredDecimal(row, "stck_oprc"),
        RequiredDecimal(row, "stck_hgpr"),
        RequiredDecimal(row, "stck_lwpr"),
        RequiredDecimal(row, "stck_clpr"),
        RequiredDecimal(row, "acml_vol"),
        Decimal(row, "acml_tr_pbmn"));

    // Minute rows (python-kis, official chk_ COLUMN_MAPPING): stck_cntg_hour, stck_prpr is the close, cntg_vol the minute's volume.
    public static DomesticMinuteBar MinuteBar(JsonElement row) => new(
        Date(row, "stck_bsop_date") ?? throw new Common.KisFormatException("a minute bar has no stck_bsop_date"),
        Time(row, "stck_cntg_hour") ?? throw new Common.KisFormatException("a minute bar has no stck_cntg_hour"),
        RequiredDecimal(row, "stck_oprc"),
        RequiredDecimal(row, "stck_hgpr"),
        RequiredDecimal(row, "stck_lwpr"),
        RequiredDecimal(row, "stck_prpr"),
        RequiredDecimal(row, "cntg_vol"));

    public static DomesticHolding Holding(JsonElement row) => new(
        RequiredText(row, "pdno"),
        Trimmed(row, "prdt_name"),
        RequiredDecimal(row, "hldg_qty"),
        Decimal(row, "ord_psbl_qty"),
        Decimal(row, "pchs_avg_pric"),
        Decimal(row, "pchs_amt"),
        Decimal(row, "prpr"),
        Decimal(row, "evlu_amt"),
        Decimal(row, "evlu_pfls_amt"),
        Decimal(row, "evlu_pfls_rt"));

    public static DomesticAccountSummary Summary(JsonElement o) => new(
        Decimal(o, "dnca_tot_amt"),
        Decimal(o, "nxdy_excc_amt"),
        Decimal(o, "prvs_rcdl_excc_amt"),
        Decimal(o, "scts_evlu_amt"),
        Decimal(o, "tot_evlu_amt"),
        Decimal(o, "nass_amt"),
        Decimal(o, "pchs_amt_smtl_amt"),
        Decimal(o, "evlu_pfls_smtl_amt"));

    public static DomesticBuyable Buyable(JsonElement o) => new(
        Decimal(o, "ord_psbl_cash"),
        Decimal(o, "nrcvb_buy_amt"),
        Decimal(o, "nrcvb_buy_qty"),
        Decimal(o, "max_buy_amt"),
        Decimal(o, "max_buy_qty"),
        Decimal(o, "psbl_qty_calc_unpr"));

    public static DomesticOrderRecord OrderRecord(JsonElement row) => new(
        Date(row, "ord_dt"),
        Trimmed(row, "ord_gno_brno"),
        RequiredText(row, "odno"),
        Trimmed(row, "orgn_odno"),
        RequiredText(row, "pdno"),
        Trimmed(row, "prdt_name"),
        Trimmed(row, "sll_buy_dvsn_cd") switch { "01" => OrderSide.Sell, "02" => OrderSide.Buy, _ => null },
        Trimmed(row, "ord_dvsn_cd"),
        RequiredDecimal(row, "ord_qty"),
        Decimal(row, "ord_unpr"),
        Time(row, "ord_tmd"),
        RequiredDecimal(row, "tot_ccld_qty"),
        Decimal(row, "avg_prvs"),
        Decimal(row, "tot_ccld_amt"),
        Decimal(row, "rmn_qty"),
        Decimal(row, "rjct_qty"),
        YesNo(row, "cncl_yn"));

    public static DomesticRankRow RankRow(JsonElement row, string symbolField) => new(
        (int)RequiredDecimal(row, "data_rank"),
        RequiredText(row, symbolField),
        Trimmed(row, "hts_kor_isnm"),
        Decimal(row, "stck_prpr"),
        Decimal(row, "prdy_vrss"),
        Decimal(row, "prdy_ctrt"),
        Decimal(row, "acml_vol"),
        Decimal(row, "acml_tr_pbmn"));

    public static KrxDayInfo Day(JsonElement row) => new(
        Date(row, "bass_dt") ?? throw new Common.KisFormatException("a day has no bass_dt"),
        YesNo(row, "bzdy_yn"),
        YesNo(row, "tr_day_yn"),
        YesNo(row, "opnd_yn"),
        YesNo(row, "sttl_day_yn"));


    private static List<BookLevel> Levels(JsonElement o, string pricePrefix, string quantityPrefix)
    {
        var levels = new List<BookLevel>(10);
        for (var i = 1; i <= 10; i++)
        {
            var price = Decimal(o, pricePrefix + i);
            var quantity = Decimal(o, quantityPrefix + i);
            // A level priced 0 or blank is an empty level: it is left out, not shown as a price of 0.
            if (price is { } p and > 0 && quantity is { } q) levels.Add(new BookLevel(p, q));
        }
        return levels;
    }
}
