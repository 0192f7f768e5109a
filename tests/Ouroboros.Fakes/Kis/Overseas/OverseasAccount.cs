using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>Overseas balances (§6.4) and the buyable amount. Money is in each market's currency.</summary>
internal static class OverseasAccount
{
    /// <summary>Holdings paged 100 (FK200/NK200); real NASD means every US market, VTS NASD only NASDAQ (§6.1).</summary>
    public static FakeKisReply Balance(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var market = call.Request.QueryValue("OVRS_EXCG_CD").Trim();
        var currency = call.Request.QueryValue("TR_CRCY_CD").Trim();
        var held = account.Positions.Values
            .Where(p => p.Exchange != FakeKisExchange.Krx && (p.Quantity > 0 || p.SoldToday > 0) && InMarket(call, p.Exchange, market))
            .Where(p => currency.Length == 0 || p.Currency == currency)
            .ToList();
        var page = FakeKisPage.Slice(held, call.Request, 100, "200", call.State.Paging);
        var body = call.InquiryOk();
        page.WriteContext(body, "200");
        body["output1"] = FakeKisJson.Array(page.Rows.Select(p =>
        {
            var exchange = FakeKisExchange.ByOrderCode(p.Exchange)!;
            var price = DomesticAccount.PriceOf(call, p);
            var value = p.Quantity * price;
            return new JsonObject
            {
                ["cano"] = account.Cano, ["acnt_prdt_cd"] = account.ProductCode, ["prdt_type_cd"] = "512", ["ovrs_pdno"] = p.Symbol,
                ["ovrs_item_name"] = p.Name, ["frcr_evlu_pfls_amt"] = FakeKisJson.Dec(value - p.Cost, 6), ["evlu_pfls_rt"] = FakeKisJson.Rate(value - p.Cost, p.Cost),
                ["pchs_avg_pric"] = FakeKisJson.Dec(p.AveragePrice, 4), ["ovrs_cblc_qty"] = FakeKisJson.Int(p.Quantity), ["ord_psbl_qty"] = FakeKisJson.Int(p.Sellable),
                ["frcr_pchs_amt1"] = FakeKisJson.Dec(p.Cost, 5), ["ovrs_stck_evlu_amt"] = FakeKisJson.Dec(value, 8),
                ["now_pric2"] = FakeKisJson.Dec(price, 6), ["tr_crcy_cd"] = p.Currency, ["ovrs_excg_cd"] = exchange.OrderCode,
                ["loan_type_cd"] = "10", ["loan_dt"] = string.Empty, ["expd_dt"] = string.Empty,
            };
        }));
        var cost = held.Sum(p => p.Cost);
        var profit = held.Sum(p => p.Quantity * DomesticAccount.PriceOf(call, p)) - cost;
        var realized = held.Sum(p => p.RealizedProfit);
        body["output2"] = new JsonObject
        {
            ["frcr_pchs_amt1"] = FakeKisJson.Dec(cost, 5), ["ovrs_rlzt_pfls_amt"] = FakeKisJson.Dec(realized, 5), ["ovrs_tot_pfls"] = FakeKisJson.Dec(profit, 5),
            ["rlzt_erng_rt"] = "0.00000000", ["tot_evlu_pfls_amt"] = FakeKisJson.Dec(profit, 8),
            ["tot_pftrt"] = cost == 0 ? "0.00000000" : FakeKisJson.Dec(profit / cost * 100, 8), ["frcr_buy_amt_smtl1"] = FakeKisJson.Dec(cost, 6),
            ["ovrs_rlzt_pfls_amt2"] = FakeKisJson.Dec(realized, 5), ["frcr_buy_amt_smtl2"] = FakeKisJson.Dec(cost, 6),
        };
        return FakeKisReply.Json(body, page.TrCont);
    }

    /// <summary>Real: output1 per holding, output2 per currency, output3 totals in KRW. VTS: only output3 (§6.2).</summary>
    public static FakeKisReply PresentBalance(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        var nation = call.Request.QueryValue("NATN_CD").Trim();
        var held = account.Positions.Values
            .Where(p => p.Exchange != FakeKisExchange.Krx && p.Quantity > 0)
            .Where(p => nation is "" or "000" || FakeKisExchange.ByOrderCode(p.Exchange)!.NationCode == nation)
            .ToList();
        var rates = call.State.ExchangeRates;
        var body = call.InquiryOk();
        body["output1"] = call.IsVts ? new JsonArray() : FakeKisJson.Array(held.Select(p =>
        {
            var exchange = FakeKisExchange.ByOrderCode(p.Exchange)!;
            var price = DomesticAccount.PriceOf(call, p);
            return new JsonObject
            {
                ["prdt_name"] = p.Name, ["pdno"] = p.Symbol, ["std_pdno"] = string.Empty, ["cblc_qty13"] = FakeKisJson.Dec(p.Quantity, 8),
                ["thdt_buy_ccld_qty1"] = FakeKisJson.Dec(p.BoughtToday, 8), ["thdt_sll_ccld_qty1"] = FakeKisJson.Dec(p.SoldToday, 8),
                ["ccld_qty_smtl1"] = FakeKisJson.Dec(p.Quantity, 8), ["ord_psbl_qty1"] = FakeKisJson.Dec(p.Sellable, 8),
                ["frcr_pchs_amt"] = FakeKisJson.Dec(p.Cost, 8), ["frcr_evlu_amt2"] = FakeKisJson.Dec(p.Quantity * price, 8),
                ["evlu_pfls_amt2"] = FakeKisJson.Dec(p.Quantity * price - p.Cost, 8), ["evlu_pfls_rt1"] = FakeKisJson.Rate(p.Quantity * price - p.Cost, p.Cost),
                ["bass_exrt"] = rates.TryGetValue(p.Currency, out var fx) ? FakeKisJson.Dec(fx, 8) : string.Empty, ["buy_crcy_cd"] = p.Currency,
                ["ovrs_now_pric1"] = FakeKisJson.Dec(price, 8), ["avg_unpr3"] = FakeKisJson.Dec(p.AveragePrice, 8), ["tr_mket_name"] = exchange.OrderCode,
                ["natn_kor_name"] = exchange.NationCode, ["pchs_rmnd_wcrc_amt"] = rates.TryGetValue(p.Currency, out var r) ? FakeKisJson.Dec(p.Cost * r, 8) : string.Empty,
                ["ovrs_excg_cd"] = exchange.OrderCode, ["item_lnkg_excg_cd"] = exchange.QuoteCode,
            };
        }));
        var currencies = account.Cash.Keys.Where(c => c != "KRW").Order(StringComparer.Ordinal).ToList();
        body["output2"] = call.IsVts ? new JsonArray() : FakeKisJson.Array(currencies.Select(c => new JsonObject
        {
            ["crcy_cd"] = c, ["frcr_buy_amt_smtl"] = FakeKisJson.Dec(account.BoughtToday.GetValueOrDefault(c), 8),
            ["frcr_sll_amt_smtl"] = FakeKisJson.Dec(account.SoldToday.GetValueOrDefault(c), 8), ["frcr_dncl_amt_2"] = FakeKisJson.Dec(account.CashIn(c), 8),
            ["frst_bltn_exrt"] = rates.TryGetValue(c, out var fx) ? FakeKisJson.Dec(fx, 8) : string.Empty, ["frcr_buy_mgn_amt"] = "0.00000000",
            ["frcr_etc_mgna"] = "0.00000000", ["frcr_drwg_psbl_amt_1"] = FakeKisJson.Dec(account.AvailableCash(c), 8),
            ["nxdy_frcr_drwg_psbl_amt"] = FakeKisJson.Dec(account.AvailableCash(c), 8),
        }));
        body["output3"] = Totals(call, account, held);
        return FakeKisReply.Json(body, call.State.Paging.LastPageMarker);
    }

    public static FakeKisReply Buyable(FakeKisCall call)
    {
        if (call.Account() is not { } account)
            return FakeKisCall.NoAccount();
        if (FakeKisExchange.ByOrderCode(call.Request.QueryValue("OVRS_EXCG_CD").Trim()) is not { } exchange || exchange.OrderCode == FakeKisExchange.Krx)
            return FakeKisReply.Rejected(FakeKisMessages.BadMarketCode, FakeKisMessages.BadMarketCodeText);
        var asked = FakeKisOrderIntake.Number(call.Request.QueryValue("OVRS_ORD_UNPR"));
        var price = asked is > 0 ? asked : call.Market.Find(call.Request.QueryValue("ITEM_CD").Trim())?.Price;
        if (price is not { } unit || unit <= 0)
            return FakeKisReply.Rejected(FakeKisMessages.UnknownSymbol, FakeKisMessages.UnknownSymbolText);
        var cash = account.AvailableCash(exchange.Currency);
        var quantity = Math.Max(0, Math.Floor(cash / unit));
        var body = call.InquiryOk();
        body["output"] = new JsonObject
        {
            ["tr_crcy_cd"] = exchange.Currency, ["ord_psbl_frcr_amt"] = FakeKisJson.Dec(cash, 2), ["sll_ruse_psbl_amt"] = "0.00",
            ["ovrs_ord_psbl_amt"] = FakeKisJson.Dec(cash, 2), ["max_ord_psbl_qty"] = FakeKisJson.Int(quantity), ["echm_af_ord_psbl_amt"] = "0.00",
            ["echm_af_ord_psbl_qty"] = "0", ["ord_psbl_qty"] = FakeKisJson.Int(quantity),
            ["exrt"] = call.State.ExchangeRates.TryGetValue(exchange.Currency, out var fx) ? FakeKisJson.Dec(fx, 8) : string.Empty,
            ["frcr_ord_psbl_amt1"] = FakeKisJson.Dec(cash, 2), ["ovrs_max_ord_psbl_qty"] = FakeKisJson.Int(quantity),
        };
        return FakeKisReply.Json(body);
    }

    /// <summary>Real: NASD stands for all three US markets; VTS: NASD is NASDAQ only. Empty means every market.</summary>
    internal static bool InMarket(FakeKisCall call, string positionExchange, string asked)
    {
        if (asked is "" or "%")
            return true;
        if (!call.IsVts && asked.Equals("NASD", StringComparison.OrdinalIgnoreCase))
            return FakeKisExchange.ByOrderCode(positionExchange)?.IsUs == true;
        return positionExchange.Equals(asked, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>KRW totals; a figure that needs an exchange rate the test did not set is written as "".</summary>
    private static JsonObject Totals(FakeKisCall call, FakeKisAccount account, List<FakeKisPosition> held)
    {
        var rates = call.State.ExchangeRates;
        decimal? Krw(string currency, decimal amount) => currency == "KRW" ? amount : rates.TryGetValue(currency, out var r) ? amount * r : null;
        decimal? Sum(IEnumerable<decimal?> values) => values.Aggregate((decimal?)0m, (a, v) => a is null || v is null ? null : a + v);
        string W(decimal? v) => v is { } x ? FakeKisJson.Dec(x, 8) : string.Empty;
        var cost = Sum(held.Select(p => Krw(p.Currency, p.Cost)));
        var value = Sum(held.Select(p => Krw(p.Currency, p.Quantity * DomesticAccount.PriceOf(call, p))));
        var foreignCash = Sum(account.Cash.Where(c => c.Key != "KRW").Select(c => Krw(c.Key, c.Value)));
        var krw = account.CashIn("KRW");
        return new JsonObject
        {
            ["pchs_amt_smtl"] = W(cost), ["evlu_amt_smtl"] = W(value), ["evlu_pfls_amt_smtl"] = W(value - cost), ["dncl_amt"] = W(krw),
            ["tot_dncl_amt"] = W(krw + foreignCash), ["wdrw_psbl_tot_amt"] = W(krw + foreignCash), ["frcr_evlu_tota"] = W(foreignCash),
            ["evlu_erng_rt1"] = cost is > 0 && value is { } v ? FakeKisJson.Dec((v - cost.Value) / cost.Value * 100, 8) : string.Empty,
            ["tot_evlu_pfls_amt"] = W(value - cost), ["tot_asst_amt"] = W(krw + foreignCash + value), ["frcr_use_psbl_amt"] = W(foreignCash),
            ["tot_frcr_cblc_smtl"] = W(foreignCash), ["tot_loan_amt"] = "0.00000000",
        };
    }
}
