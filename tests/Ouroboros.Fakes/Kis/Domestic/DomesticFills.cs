using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>inquire-daily-ccld (§5.7): the account's domestic orders and fills, paged 100 (real) / 15 (VTS).</summary>
internal static class DomesticFills
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static FakeKisReply DailyOrders(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var q = call.Request;
        var from = FakeKisBars.ParseDate(q.QueryValue("INQR_STRT_DT")) ?? DateTime.MinValue;
        var to = FakeKisBars.ParseDate(q.QueryValue("INQR_END_DT")) ?? DateTime.MaxValue;
        var side = q.QueryValue("SLL_BUY_DVSN_CD").Trim();
        var symbol = q.QueryValue("PDNO").Trim();
        var number = q.QueryValue("ODNO").Trim();
        var filled = q.QueryValue("CCLD_DVSN").Trim();
        var rows = call.Market.Orders
            .Where(o => o.Account == account && o.Exchange == FakeKisExchange.Krx)
            .Where(o => o.ReceivedAt.ToOffset(Kst).Date >= from && o.ReceivedAt.ToOffset(Kst).Date <= to)
            .Where(o => side switch { "01" => o.Side == FakeKisSide.Sell, "02" => o.Side == FakeKisSide.Buy, _ => true })
            .Where(o => symbol.Length == 0 || o.Symbol == symbol)
            .Where(o => number.Length == 0 || SameNumber(o.Number, number))
            .Where(o => filled switch { "01" => o.Filled > 0, "02" => o.IsOpen, _ => true })
            .ToList();
        if (q.QueryValue("INQR_DVSN").Trim() != "01")
            rows.Reverse();
        var page = FakeKisPage.Slice(rows, q, call.IsVts ? 15 : 100, "100", call.State.Paging);
        var body = call.InquiryOk();
        page.WriteContext(body, "100");
        body["output1"] = FakeKisJson.Array(page.Rows.Select(OrderRow));
        var filledQuantity = rows.Sum(o => o.Filled);
        var filledAmount = rows.Sum(o => o.FilledAmount);
        body["output2"] = new JsonObject
        {
            ["tot_ord_qty"] = FakeKisJson.Int(rows.Sum(o => o.Quantity)), ["tot_ccld_qty"] = FakeKisJson.Int(filledQuantity),
            ["tot_ccld_amt"] = FakeKisJson.Int(filledAmount), ["prsm_tlex_smtl"] = "0",
            ["pchs_avg_pric"] = FakeKisJson.Dec(filledQuantity == 0 ? 0 : filledAmount / filledQuantity, 4),
        };
        return FakeKisReply.Json(body, page.TrCont);
    }

    internal static JsonObject OrderRow(FakeKisOrder o)
    {
        var kst = o.ReceivedAt.ToOffset(Kst);
        return new JsonObject
        {
            ["ord_dt"] = kst.ToString("yyyyMMdd", CultureInfo.InvariantCulture), ["ord_gno_brno"] = o.Branch, ["odno"] = o.Number,
            ["orgn_odno"] = o.OriginalNumber ?? string.Empty, ["ord_dvsn_name"] = DivisionName(o.Division), ["ord_dvsn_cd"] = o.Division,
            ["sll_buy_dvsn_cd"] = o.Side == FakeKisSide.Sell ? "01" : "02", ["sll_buy_dvsn_cd_name"] = o.Side == FakeKisSide.Sell ? "현금매도" : "현금매수",
            ["pdno"] = o.Symbol, ["prdt_name"] = o.Symbol, ["ord_qty"] = FakeKisJson.Int(o.Quantity),
            ["ord_unpr"] = FakeKisJson.Int(o.LimitPrice ?? 0), ["ord_tmd"] = kst.ToString("HHmmss", CultureInfo.InvariantCulture),
            ["tot_ccld_qty"] = FakeKisJson.Int(o.Filled), ["avg_prvs"] = FakeKisJson.Int(o.AverageFillPrice),
            ["cncl_yn"] = o.Cancelled > 0 && o.ReplacedBy is null ? "Y" : "N", ["tot_ccld_amt"] = FakeKisJson.Int(o.FilledAmount),
            ["rmn_qty"] = FakeKisJson.Int(o.Remaining), ["rjct_qty"] = "0", ["cnc_cfrm_qty"] = FakeKisJson.Int(o.ReplacedBy is null ? o.Cancelled : 0),
            ["ccld_cndt_name"] = "없음", ["infm_tmd"] = string.Empty, ["excg_dvsn_cd"] = "01", ["excg_id_dvsn_Cd"] = "KRX",
            ["stpm_cndt_pric"] = "0",
        };
    }

    internal static bool SameNumber(string a, string b) =>
        long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
        && long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? x == y : a == b;

    private static string DivisionName(string code) => code switch
    {
        "00" => "지정가",
        "01" => "시장가",
        "02" => "조건부지정가",
        "03" => "최유리지정가",
        "04" => "최우선지정가",
        _ => code,
    };
}
