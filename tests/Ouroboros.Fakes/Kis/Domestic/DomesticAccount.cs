using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>Domestic account inquiries (§5.4, inquire-psbl-order, inquire-psbl-sell). Money is KRW.</summary>
internal static class DomesticAccount
{
    private const string Krw = "KRW";

    /// <summary>Holdings paged 50 (real) / 20 (VTS); output2 is an array of one summary.</summary>
    public static FakeKisReply Balance(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var held = Holdings(account).ToList();
        var page = FakeKisPage.Slice(held, call.Request, call.IsVts ? 20 : 50, "100", call.State.Paging);
        var body = call.InquiryOk();
        page.WriteContext(body, "100");
        body["output1"] = FakeKisJson.Array(page.Rows.Select(p => HoldingRow(call, p)));
        var cash = account.CashIn(Krw);
        var cost = held.Sum(p => p.Cost);
        var value = held.Sum(p => p.Quantity * PriceOf(call, p));
        var start = account.StartingCash.GetValueOrDefault(Krw) + account.StartingHoldingsValue;
        body["output2"] = new JsonArray(new JsonObject
        {
            ["dnca_tot_amt"] = FakeKisJson.Int(cash), ["nxdy_excc_amt"] = FakeKisJson.Int(cash), ["prvs_rcdl_excc_amt"] = FakeKisJson.Int(cash),
            ["cma_evlu_amt"] = "0", ["bfdy_buy_amt"] = "0", ["thdt_buy_amt"] = FakeKisJson.Int(account.BoughtToday.GetValueOrDefault(Krw)),
            ["nxdy_auto_rdpt_amt"] = "0", ["bfdy_sll_amt"] = "0", ["thdt_sll_amt"] = FakeKisJson.Int(account.SoldToday.GetValueOrDefault(Krw)),
            ["d2_auto_rdpt_amt"] = "0", ["bfdy_tlex_amt"] = "0", ["thdt_tlex_amt"] = "0", ["tot_loan_amt"] = "0",
            ["scts_evlu_amt"] = FakeKisJson.Int(value), ["tot_evlu_amt"] = FakeKisJson.Int(value + cash), ["nass_amt"] = FakeKisJson.Int(value + cash),
            ["fncg_gld_auto_rdpt_yn"] = string.Empty, ["pchs_amt_smtl_amt"] = FakeKisJson.Int(cost), ["evlu_amt_smtl_amt"] = FakeKisJson.Int(value),
            ["evlu_pfls_smtl_amt"] = FakeKisJson.Int(value - cost), ["tot_stln_slng_chgs"] = "0", ["bfdy_tot_asst_evlu_amt"] = FakeKisJson.Int(start),
            ["asst_icdc_amt"] = FakeKisJson.Int(value + cash - start), ["asst_icdc_erng_rt"] = "0.00000000",
        });
        return FakeKisReply.Json(body, page.TrCont);
    }

    public static FakeKisReply BuyableAmount(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var symbol = call.Market.Find(call.Request.QueryValue("PDNO").Trim());
        var asked = decimal.TryParse(call.Request.QueryValue("ORD_UNPR"), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : 0m;
        // A market order (01) is sized at the upper limit, as KIS reserves cash there (§5.5).
        decimal? price = call.Request.QueryValue("ORD_DVSN").Trim() == "01" && symbol?.BasePrice is { } b
            ? FakeKisTicks.UpperLimit(b, symbol.IsEtf)
            : asked > 0 ? asked : symbol?.Price;
        if (price is not { } unit || unit <= 0)
            return FakeKisReply.Rejected(FakeKisMessages.UnknownSymbol, FakeKisMessages.UnknownSymbolText);
        var cash = account.AvailableCash(Krw);
        var quantity = Math.Max(0, Math.Floor(cash / unit));
        var body = call.InquiryOk();
        body["output"] = new JsonObject
        {
            ["ord_psbl_cash"] = FakeKisJson.Int(cash), ["ord_psbl_sbst"] = "0", ["ruse_psbl_amt"] = "0", ["fund_rpch_chgs"] = "0",
            ["psbl_qty_calc_unpr"] = FakeKisJson.Int(unit), ["nrcvb_buy_amt"] = FakeKisJson.Int(quantity * unit),
            ["nrcvb_buy_qty"] = FakeKisJson.Int(quantity), ["max_buy_amt"] = FakeKisJson.Int(quantity * unit), ["max_buy_qty"] = FakeKisJson.Int(quantity),
            ["cma_evlu_amt"] = "0", ["ovrs_re_use_amt_wcrc"] = "0", ["ord_psbl_frcr_amt_wcrc"] = "0",
        };
        return FakeKisReply.Json(body);
    }

    public static FakeKisReply SellableQuantity(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var code = call.Request.QueryValue("PDNO").Trim();
        var p = account.FindPosition(FakeKisExchange.Krx, code);
        var quantity = p?.Quantity ?? 0m;
        var price = p is null ? call.Market.Find(code)?.Price ?? 0m : PriceOf(call, p);
        var body = call.InquiryOk();
        body["output"] = new JsonObject
        {
            ["pdno"] = code, ["prdt_name"] = p?.Name ?? code, ["buy_qty"] = FakeKisJson.Int(p?.BoughtToday ?? 0),
            ["sll_qty"] = FakeKisJson.Int(p?.SoldToday ?? 0), ["cblc_qty"] = FakeKisJson.Int(quantity), ["nsvg_qty"] = "0",
            ["ord_psbl_qty"] = FakeKisJson.Int(p?.Sellable ?? 0), ["pchs_avg_pric"] = FakeKisJson.Dec(p?.AveragePrice ?? 0, 4),
            ["pchs_amt"] = FakeKisJson.Int(p?.Cost ?? 0), ["now_pric"] = FakeKisJson.Int(price), ["evlu_amt"] = FakeKisJson.Int(quantity * price),
            ["evlu_pfls_amt"] = FakeKisJson.Int(quantity * price - (p?.Cost ?? 0)),
            ["evlu_pfls_rt"] = FakeKisJson.Rate(quantity * price - (p?.Cost ?? 0), p?.Cost ?? 0),
        };
        return FakeKisReply.Json(body);
    }

    /// <summary>Open domestic orders, 50 a page; INQR_DVSN_2 0 all, 1 sell, 2 buy.</summary>
    public static FakeKisReply Cancellable(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var side = call.Request.QueryValue("INQR_DVSN_2").Trim();
        var open = call.Market.Orders
            .Where(o => o.Account == account && o.Exchange == FakeKisExchange.Krx && o.IsOpen)
            .Where(o => side switch { "1" => o.Side == FakeKisSide.Sell, "2" => o.Side == FakeKisSide.Buy, _ => true })
            .ToList();
        var page = FakeKisPage.Slice(open, call.Request, 50, "100", call.State.Paging);
        var body = call.InquiryOk();
        page.WriteContext(body, "100");
        body["output"] = FakeKisJson.Array(page.Rows.Select(o =>
        {
            var row = DomesticFills.OrderRow(o);
            row["rvse_cncl_dvsn_name"] = string.Empty;
            row["psbl_qty"] = FakeKisJson.Int(o.Remaining);
            return row;
        }));
        return FakeKisReply.Json(body, page.TrCont);
    }

    internal static decimal PriceOf(FakeKisCall call, FakeKisPosition p) => call.Market.Find(p.Symbol)?.Price ?? p.AveragePrice;

    private static IEnumerable<FakeKisPosition> Holdings(FakeKisAccount account) =>
        account.Positions.Values.Where(p => p.Exchange == FakeKisExchange.Krx && (p.Quantity > 0 || p.SoldToday > 0));

    private static JsonObject HoldingRow(FakeKisCall call, FakeKisPosition p)
    {
        var price = PriceOf(call, p);
        var value = p.Quantity * price;
        var basePrice = call.Market.Find(p.Symbol)?.BasePrice ?? price;
        return new JsonObject
        {
            ["pdno"] = p.Symbol, ["prdt_name"] = p.Name, ["trad_dvsn_name"] = "현금", ["bfdy_buy_qty"] = "0", ["bfdy_sll_qty"] = "0",
            ["thdt_buyqty"] = FakeKisJson.Int(p.BoughtToday), ["thdt_sll_qty"] = FakeKisJson.Int(p.SoldToday), ["hldg_qty"] = FakeKisJson.Int(p.Quantity),
            ["ord_psbl_qty"] = FakeKisJson.Int(p.Sellable), ["pchs_avg_pric"] = FakeKisJson.Dec(p.AveragePrice, 4), ["pchs_amt"] = FakeKisJson.Int(p.Cost),
            ["prpr"] = FakeKisJson.Int(price), ["evlu_amt"] = FakeKisJson.Int(value), ["evlu_pfls_amt"] = FakeKisJson.Int(value - p.Cost),
            ["evlu_pfls_rt"] = FakeKisJson.Rate(value - p.Cost, p.Cost), ["evlu_erng_rt"] = "0.00000000", ["loan_dt"] = string.Empty,
            ["loan_amt"] = "0", ["stln_slng_chgs"] = "0", ["expd_dt"] = string.Empty, ["fltt_rt"] = FakeKisJson.Dec(basePrice == 0 ? 0 : (price - basePrice) / basePrice * 100, 8),
            ["bfdy_cprs_icdc"] = FakeKisJson.Int(price - basePrice), ["item_mgna_rt_name"] = "20%", ["grta_rt_name"] = string.Empty,
            ["sbst_pric"] = "0", ["stck_loan_unpr"] = "0.0000",
        };
    }
}
