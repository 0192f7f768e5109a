using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// Decrypted execution-notice records into <see cref="KisExecutionNotice"/>. The contract document has no field list for
/// these TRs; the orders below agree across the KIS portal pages (code index ids 53294669634 for H0STCNI0 and
/// 53712962442 for H0GSCNI0), the official samples (open-trading-api legacy/websocket/python/ws_domestic_overseas_all.py
/// <c>notice_cols</c>; examples_llm/{domestic,overseas}_stock/ccnl_notice/ccnl_notice.py) and python-kis
/// pykis/api/websocket/order_execution.py. (The newest official domestic sample labels field 3 ODER_QTY and field 16
/// ACNT_NO2; the portal, the legacy sample and python-kis all have OODER_NO and ODER_QTY there, which is what is read.)
/// <list type="bullet">
/// <item>Domestic: 0 CUST_ID, 1 ACNT_NO, 2 ODER_NO, 3 OODER_NO, 4 SELN_BYOV_CLS (01 sell, 02 buy), 5 RCTF_CLS, 6 ODER_KIND,
/// 7 ODER_COND, 8 STCK_SHRN_ISCD, 9 CNTG_QTY, 10 CNTG_UNPR, 11 STCK_CNTG_HOUR, 12 RFUS_YN, 13 CNTG_YN, 14 ACPT_YN,
/// 15 BRNC_NO, 16 ODER_QTY, 17 ACNT_NAME, …, ODER_PRC last (field 22 of 23 in the older layout, 25 of 26 in the portal's).</item>
/// <item>Overseas: 0 CUST_ID, 1 ACNT_NO, 2 ODER_NO, 3 OODER_NO, 4 SELN_BYOV_CLS (01 sell, 02 buy, 03 sell, 04 buy to cover),
/// 5 RCTF_CLS, 6 ODER_KIND2, 7 STCK_SHRN_ISCD, 8 CNTG_QTY, 9 CNTG_UNPR, 10 STCK_CNTG_HOUR, 11 RFUS_YN, 12 CNTG_YN,
/// 13 ACPT_YN, 14 BRNC_NO, 15 ODER_QTY, 16 ACNT_NAME, 17 CNTG_ISNM, 18 ODER_COND (the market), 19 DEBT_GB, 20 DEBT_DATE,
/// 21 START_TM, 22 END_TM, 23 TM_DIV_TP, 24 CNTG_UNPR12.</item>
/// </list>
/// On an acceptance (CNTG_YN = 1) KIS puts the order's quantity (and overseas its price) where the fill's go. Overseas
/// CNTG_UNPR has no decimal point: the portal gives the implied decimals per market (US 4, Japan 1, China 3, Hong Kong 3,
/// Vietnam 0; 001480100 is 148.0100). Reading STCK_CNTG_HOUR as KST for overseas notices is [unverified].
/// </summary>
internal static class KisNoticeParser
{
    public static KisStreamEvent Parse(string trId, string[] fields, DateTimeOffset receivedAt) =>
        KisRealtimeTrIds.IsOverseasNotice(trId) ? Overseas(trId, fields, receivedAt) : Domestic(trId, fields, receivedAt);

    private static KisStreamEvent Domestic(string trId, string[] f, DateTimeOffset receivedAt)
    {
        var r = new KisFieldReader(trId, f);
        var account = r.Text(1, "ACNT_NO");
        var order = r.Text(2, "ODER_NO");
        var side = SideOf(r.Text(4, "SELN_BYOV_CLS"));
        var symbol = r.Text(8, "STCK_SHRN_ISCD");
        var flags = (Refused: r.Text(12, "RFUS_YN"), Filled: r.Text(13, "CNTG_YN"), Accepted: r.OptionalText(14));
        if (side is null && r.Problem is null) return new KisStreamProblem(receivedAt, r.Describe(order) + $"SELN_BYOV_CLS '{f[4]}' is neither 01 (sell) nor 02 (buy)");
        if (r.Problem is not null) return new KisStreamProblem(receivedAt, r.Describe(order));
        var kind = KindOf(flags.Refused, flags.Filled, flags.Accepted);
        var quantity = r.OptionalDecimal(9);
        var orderPrice = f.Length is 23 or 26 ? NonZero(r.OptionalDecimal(f.Length - 1)) : null;
        return Build(trId, false, receivedAt, r, account, order, side!.Value, kind, symbol, null,
            fillQuantity: quantity, fillPrice: r.OptionalDecimal(10), orderQuantity: r.OptionalDecimal(16), orderPrice, timeField: 11, originalField: 3, branchField: 15, changeField: 5);
    }

    private static KisStreamEvent Overseas(string trId, string[] f, DateTimeOffset receivedAt)
    {
        var r = new KisFieldReader(trId, f);
        var account = r.Text(1, "ACNT_NO");
        var order = r.Text(2, "ODER_NO");
        var side = SideOf(r.Text(4, "SELN_BYOV_CLS"));
        var symbol = r.Text(7, "STCK_SHRN_ISCD");
        var flags = (Refused: r.Text(11, "RFUS_YN"), Filled: r.Text(12, "CNTG_YN"), Accepted: r.OptionalText(13));
        if (side is null && r.Problem is null) return new KisStreamProblem(receivedAt, r.Describe(order) + $"SELN_BYOV_CLS '{f[4]}' is not 01-04");
        if (r.Problem is not null) return new KisStreamProblem(receivedAt, r.Describe(order));
        var (exchange, decimals) = MarketOf(r.OptionalText(18));
        var kind = KindOf(flags.Refused, flags.Filled, flags.Accepted);
        var price = ImpliedPrice(r.OptionalText(9), decimals);
        return Build(trId, true, receivedAt, r, account, order, side!.Value, kind, symbol, exchange,
            fillQuantity: r.OptionalDecimal(8), fillPrice: price, orderQuantity: r.OptionalDecimal(15),
            orderPrice: kind == KisNoticeKind.Fill ? null : NonZero(price), timeField: 10, originalField: 3, branchField: 14, changeField: 5);
    }

    private static KisExecutionNotice Build(
        string trId, bool overseas, DateTimeOffset receivedAt, KisFieldReader r, string account, string order, OrderSide side, KisNoticeKind kind,
        string symbol, KisExchange? exchange, decimal? fillQuantity, decimal? fillPrice, decimal? orderQuantity, decimal? orderPrice,
        int timeField, int originalField, int branchField, int changeField)
    {
        var isFill = kind == KisNoticeKind.Fill;
        var time = r.OptionalText(timeField) is { } t && KisTime.TryTime(t, out var parsed) ? KisTime.KstTimeNear(parsed, receivedAt) : (DateTimeOffset?)null;
        var original = r.OptionalText(originalField);
        return new KisExecutionNotice(
            receivedAt, trId, overseas, account, order,
            OriginalOrderNumber: original is null || original.All(c => c == '0') ? null : original,
            BranchNumber: r.OptionalText(branchField) ?? "",
            side, kind, ChangeOf(r.OptionalText(changeField)), symbol, exchange,
            OrderQuantity: isFill ? orderQuantity : fillQuantity ?? orderQuantity,
            FilledQuantity: isFill ? fillQuantity ?? 0m : 0m,
            FillPrice: isFill ? fillPrice : null,
            OrderPrice: orderPrice,
            NoticeTime: time);
    }

    private static OrderSide? SideOf(string code) => code switch
    {
        "01" or "03" => OrderSide.Sell,
        "02" or "04" => OrderSide.Buy,
        _ => null,
    };

    private static KisNoticeKind KindOf(string refused, string filled, string? accepted) =>
        refused == "1" ? KisNoticeKind.Refused
        : filled == "2" ? KisNoticeKind.Fill
        : accepted == "3" ? KisNoticeKind.IocFokCancelled
        : KisNoticeKind.Accepted;

    private static KisOrderChange ChangeOf(string? code) => code switch
    {
        "1" => KisOrderChange.Modify,
        "2" => KisOrderChange.Cancel,
        _ => KisOrderChange.New,
    };

    /// <summary>ODER_COND of H0GSCNI0 (portal): the market and the decimals its CNTG_UNPR implies.</summary>
    private static (KisExchange? Exchange, int? Decimals) MarketOf(string? code) => code switch
    {
        "6" => (KisExchange.Nasdaq, 4),
        "7" => (KisExchange.Nyse, 4),
        "8" => (KisExchange.Amex, 4),
        "9" => (null, 4),
        "4" or "C" => (KisExchange.HongKong, 3),
        "5" or "A" => (KisExchange.Shanghai, 3),
        "B" => (KisExchange.Shenzhen, 3),
        "D" => (KisExchange.Tokyo, 1),
        "E" => (KisExchange.Hanoi, 0),
        "F" => (KisExchange.HoChiMinh, 0),
        _ => (null, null),
    };

    /// <summary>A price with a decimal point is read as written; without one it needs the market's implied decimals.</summary>
    private static decimal? ImpliedPrice(string? text, int? decimals)
    {
        if (text is null) return null;
        if (text.Contains('.', StringComparison.Ordinal)) return KisNumber.Parse(text);
        if (decimals is not { } places || KisNumber.Parse(text) is not { } raw) return null;
        var divisor = 1m;
        for (var i = 0; i < places; i++) divisor *= 10m;
        return raw / divisor;
    }

    /// <summary>An order price of 0 is a market order's: no price, not a price of zero.</summary>
    private static decimal? NonZero(decimal? value) => value == 0m ? null : value;
}
