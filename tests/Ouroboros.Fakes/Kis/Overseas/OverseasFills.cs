using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>inquire-nccs (open orders, real only) and inquire-ccnl (orders and fills), paged with FK200/NK200.</summary>
internal static class OverseasFills
{
    public static FakeKisReply OpenOrders(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var market = call.Request.QueryValue("OVRS_EXCG_CD").Trim();
        var open = Overseas(call, account).Where(o => o.IsOpen && OverseasAccount.InMarket(call, o.Exchange, market)).ToList();
        if (call.Request.QueryValue("SORT_SQN").Trim() != "AS")
            open.Reverse();
        var page = FakeKisPage.Slice(open, call.Request, 100, "200", call.State.Paging);
        var body = call.InquiryOk();
        page.WriteContext(body, "200");
        body["output"] = FakeKisJson.Array(page.Rows.Select(Row));
        return FakeKisReply.Json(body, page.TrCont);
    }

    /// <summary>ORD_STRT_DT..ORD_END_DT are the market's local dates; pages of 100 (real) / 15 (VTS), the fake's choice.</summary>
    public static FakeKisReply History(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var q = call.Request;
        var from = FakeKisBars.ParseDate(q.QueryValue("ORD_STRT_DT")) ?? DateTime.MinValue;
        var to = FakeKisBars.ParseDate(q.QueryValue("ORD_END_DT")) ?? DateTime.MaxValue;
        var symbol = q.QueryValue("PDNO").Trim();
        var side = q.QueryValue("SLL_BUY_DVSN").Trim();
        var filled = q.QueryValue("CCLD_NCCS_DVSN").Trim();
        var market = q.QueryValue("OVRS_EXCG_CD").Trim();
        var number = q.QueryValue("ODNO").Trim();
        var rows = Overseas(call, account)
            .Where(o => LocalDate(o) >= from && LocalDate(o) <= to)
            .Where(o => symbol is "" or "%" || o.Symbol == symbol)
            .Where(o => side switch { "01" => o.Side == FakeKisSide.Sell, "02" => o.Side == FakeKisSide.Buy, _ => true })
            .Where(o => filled switch { "01" => o.Filled > 0, "02" => o.IsOpen, _ => true })
            .Where(o => OverseasAccount.InMarket(call, o.Exchange, market))
            .Where(o => number.Length == 0 || DomesticFills.SameNumber(o.Number, number))
            .ToList();
        if (q.QueryValue("SORT_SQN").Trim() != "AS")
            rows.Reverse();
        var page = FakeKisPage.Slice(rows, q, call.IsVts ? 15 : 100, "200", call.State.Paging);
        var body = call.InquiryOk();
        page.WriteContext(body, "200");
        body["output"] = FakeKisJson.Array(page.Rows.Select(Row));
        return FakeKisReply.Json(body, page.TrCont);
    }

    private static IEnumerable<FakeKisOrder> Overseas(FakeKisCall call, FakeKisAccount account) =>
        call.Market.Orders.Where(o => o.Account == account && o.Exchange != FakeKisExchange.Krx);

    private static DateTime LocalDate(FakeKisOrder o) => FakeKisExchange.ByOrderCode(o.Exchange)!.LocalTime(o.ReceivedAt).Date;

    private static JsonObject Row(FakeKisOrder o)
    {
        var exchange = FakeKisExchange.ByOrderCode(o.Exchange)!;
        var kst = o.ReceivedAt.ToOffset(TimeSpan.FromHours(9));
        var status = o.IsOpen ? "미체결" : o.Filled > 0 ? "완료" : "취소";
        return new JsonObject
        {
            ["ord_dt"] = LocalDate(o).ToString("yyyyMMdd", CultureInfo.InvariantCulture), ["ord_gno_brno"] = o.Branch, ["odno"] = o.Number,
            ["orgn_odno"] = o.OriginalNumber ?? string.Empty, ["pdno"] = o.Symbol, ["prdt_name"] = o.Symbol,
            ["sll_buy_dvsn_cd"] = o.Side == FakeKisSide.Sell ? "01" : "02", ["sll_buy_dvsn_cd_name"] = o.Side == FakeKisSide.Sell ? "매도" : "매수",
            ["rvse_cncl_dvsn"] = o.OriginalNumber is null ? "00" : "01", ["rvse_cncl_dvsn_name"] = o.OriginalNumber is null ? string.Empty : "정정",
            ["ft_ord_qty"] = FakeKisJson.Int(o.Quantity), ["ft_ord_unpr3"] = OverseasQuotes.P(exchange, o.LimitPrice ?? 0),
            ["ft_ccld_qty"] = FakeKisJson.Int(o.Filled), ["ft_ccld_unpr3"] = OverseasQuotes.P(exchange, o.AverageFillPrice),
            ["ft_ccld_amt3"] = FakeKisJson.Dec(o.FilledAmount, 4), ["nccs_qty"] = FakeKisJson.Int(o.Remaining), ["prcs_stat_name"] = status,
            ["rjct_rson"] = string.Empty, ["ord_tmd"] = kst.ToString("HHmmss", CultureInfo.InvariantCulture), ["tr_mket_name"] = exchange.OrderCode,
            ["tr_crcy_cd"] = exchange.Currency, ["ovrs_excg_cd"] = exchange.OrderCode, ["dmst_ord_dt"] = kst.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        };
    }
}
