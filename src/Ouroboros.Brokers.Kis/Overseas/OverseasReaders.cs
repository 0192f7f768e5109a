using System.Globalization;
using System.Text.Json;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using static Ouroboros.Brokers.Kis.Http.KisJson;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>Reads the overseas bodies of kis-openapi.md §6 into records; field names as the contract lists them.</summary>
internal static class OverseasReaders
{
    public static OverseasQuote Quote(KisExchange exchange, string symbol, JsonElement o) => new(
        exchange,
        symbol,
        RequiredDecimal(o, "last"),
        Decimal(o, "base"),
        Decimal(o, "diff"),
        Trimmed(o, "sign"),
        Decimal(o, "rate"),
        Decimal(o, "tvol"),
        Decimal(o, "tamt"),
        Decimal(o, "zdiv") is { } z ? (int)z : null,
        Trimmed(o, "ordy"));

    public static OverseasDailyBar DailyBar(JsonElement row) => new(
        Date(row, "xymd") ?? throw new KisFormatException("a bar has no xymd"),
        RequiredDecimal(row, "open"),
        RequiredDecimal(row, "high"),
        RequiredDecimal(row, "low"),
        RequiredDecimal(row, "clos"),
        Decimal(row, "tvol"),
        Decimal(row, "tamt"));

    public static OverseasPriceDetail Detail(KisExchange exchange, string symbol, JsonElement o) => new(
        exchange, symbol, Decimal(o, "last"), Decimal(o, "open"), Decimal(o, "high"), Decimal(o, "low"), Decimal(o, "base"),
        Decimal(o, "uplp"), Decimal(o, "dnlp"), Decimal(o, "h52p"), Decimal(o, "l52p"), Decimal(o, "tvol"),
        Decimal(o, "vnit"), Decimal(o, "e_hogau"), Trimmed(o, "curr"), Decimal(o, "t_rate"), Trimmed(o, "e_ordyn"));

    public static OverseasRankRow RankRow(JsonElement row) => new(
        (int)RequiredDecimal(row, "rank"),
        RequiredText(row, "symb"),
        Trimmed(row, "name"),
        Trimmed(row, "ename"),
        Decimal(row, "last"),
        Decimal(row, "diff"),
        Decimal(row, "rate"),
        Decimal(row, "tvol"),
        Decimal(row, "tamt"));

    public static OverseasHolding Holding(JsonElement row) => new(
        RequiredText(row, "ovrs_pdno"),
        Trimmed(row, "ovrs_item_name"),
        Trimmed(row, "ovrs_excg_cd"),
        CurrencyOf(Trimmed(row, "tr_crcy_cd")),
        RequiredDecimal(row, "ovrs_cblc_qty"),
        Decimal(row, "ord_psbl_qty"),
        Decimal(row, "pchs_avg_pric"),
        Decimal(row, "frcr_pchs_amt1"),
        Decimal(row, "now_pric2"),
        Decimal(row, "ovrs_stck_evlu_amt"),
        Decimal(row, "frcr_evlu_pfls_amt"),
        Decimal(row, "evlu_pfls_rt"));

    public static OverseasBalanceSummary Summary(JsonElement o) =>
        new(Decimal(o, "frcr_pchs_amt1"), Decimal(o, "ovrs_rlzt_pfls_amt"), Decimal(o, "ovrs_tot_pfls"), Decimal(o, "tot_pftrt"));

    public static OverseasHolding PresentHolding(JsonElement row) => new(
        RequiredText(row, "pdno"),
        Trimmed(row, "prdt_name"),
        Trimmed(row, "ovrs_excg_cd"),
        CurrencyOf(Trimmed(row, "buy_crcy_cd")),
        RequiredDecimal(row, "ccld_qty_smtl1"),
        Decimal(row, "ord_psbl_qty1"),
        Decimal(row, "avg_unpr3"),
        Decimal(row, "frcr_pchs_amt"),
        Decimal(row, "ovrs_now_pric1"),
        Decimal(row, "frcr_evlu_amt2"),
        Decimal(row, "evlu_pfls_amt2"),
        Decimal(row, "evlu_pfls_rt1"));

    public static OverseasCash? Cash(JsonElement row) => CurrencyOf(Trimmed(row, "crcy_cd")) is { } currency
        ? new OverseasCash(currency, Decimal(row, "frcr_dncl_amt_2"), Decimal(row, "frcr_drwg_psbl_amt_1"), Decimal(row, "frcr_buy_amt_smtl"),
            Decimal(row, "frcr_sll_amt_smtl"), Decimal(row, "frst_bltn_exrt"))
        : null;

    public static OverseasTotals Totals(JsonElement o) => new(
        Decimal(o, "pchs_amt_smtl"), Decimal(o, "evlu_amt_smtl"), Decimal(o, "evlu_pfls_amt_smtl"), Decimal(o, "dncl_amt"),
        Decimal(o, "tot_dncl_amt"), Decimal(o, "wdrw_psbl_tot_amt"), Decimal(o, "frcr_evlu_tota"), Decimal(o, "tot_asst_amt"), Decimal(o, "frcr_use_psbl_amt"));

    public static OverseasBuyable Buyable(JsonElement o) => new(
        CurrencyOf(Trimmed(o, "tr_crcy_cd")), Decimal(o, "ord_psbl_frcr_amt"), Decimal(o, "ovrs_ord_psbl_amt"),
        Decimal(o, "max_ord_psbl_qty"), Decimal(o, "ord_psbl_qty"), Decimal(o, "exrt"));

    public static OverseasOrderRecord OrderRecord(JsonElement row) => new(
        Date(row, "ord_dt"),
        Trimmed(row, "ord_gno_brno"),
        RequiredText(row, "odno"),
        Trimmed(row, "orgn_odno"),
        RequiredText(row, "pdno"),
        Trimmed(row, "prdt_name"),
        Trimmed(row, "sll_buy_dvsn_cd") switch { "01" => OrderSide.Sell, "02" => OrderSide.Buy, _ => null },
        Trimmed(row, "ovrs_excg_cd"),
        RequiredDecimal(row, "ft_ord_qty"),
        Decimal(row, "ft_ord_unpr3"),
        Decimal(row, "ft_ccld_qty"),
        Decimal(row, "ft_ccld_unpr3"),
        Decimal(row, "ft_ccld_amt3"),
        Decimal(row, "nccs_qty"),
        Time(row, "ord_tmd"),
        Trimmed(row, "prcs_stat_name"),
        Trimmed(row, "rjct_rson"));

    /// <summary>A currency code the domain knows, or null (an unknown code is not guessed).</summary>
    public static Currency? CurrencyOf(string? code) =>
        code is not null && Enum.TryParse<Currency>(code, ignoreCase: true, out var c) && Enum.IsDefined(c) && !code.All(char.IsAsciiDigit) ? c : null;

    public static string Code(Currency currency) => currency.ToString().ToUpper(CultureInfo.InvariantCulture);
}
