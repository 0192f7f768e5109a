namespace Ouroboros.Fakes.Kis;

/// <summary>
/// Overseas order (§6.3) and order-rvsecncl: the TR names the market and the side; ORD_DVSN per market and side
/// (VTS 00 only); MOO/MOC (31/33) are market-type and must carry the price "0".
/// </summary>
internal static class OverseasOrders
{
    private static readonly string[] MarketTypes = ["31", "33"];

    /// <summary>Every order TR of every market, on either host, for the catalog.</summary>
    public static string[] OrderTrs(FakeKisHost host) => FakeKisExchange.All.Skip(1)
        .SelectMany(e => new[] { e.BuyTr, e.SellTr })
        .Select(tr => host == FakeKisHost.Vts ? FakeKisExchange.Vts(tr) : tr)
        .Concat(host == FakeKisHost.Vts ? ["VTTT1001U"] : [])
        .Distinct().ToArray();

    public static string[] ChangeTrs(FakeKisHost host) => FakeKisExchange.All.Skip(1)
        .Select(e => e.OldModifyTr)
        .Select(tr => host == FakeKisHost.Vts ? FakeKisExchange.Vts(tr) : tr)
        .Distinct().ToArray();

    public static FakeKisReply Place(FakeKisCall call)
    {
        var r = call.Request;
        var exchange = FakeKisExchange.ByOrderCode(r.BodyValue("OVRS_EXCG_CD").Trim());
        if (exchange is null || exchange.OrderCode == FakeKisExchange.Krx)
            return FakeKisReply.Rejected(FakeKisMessages.BadMarketCode, FakeKisMessages.BadMarketCodeText);
        if (SideOf(call, exchange) is not { } side)
            return FakeKisReply.Gateway(FakeKisMessages.UnknownService, FakeKisMessages.UnknownServiceText);
        var division = r.BodyValue("ORD_DVSN").Trim();
        var attempt = new FakeKisOrderRecord(FakeKisOrderKind.New, null, null, call.TrId, r.BodyValue("CANO") + "-" + r.BodyValue("ACNT_PRDT_CD"),
            exchange.OrderCode, r.BodyValue("PDNO").Trim(), side, division, FakeKisOrderIntake.Number(r.BodyValue("ORD_QTY")) ?? 0m,
            FakeKisOrderIntake.Number(r.BodyValue("OVRS_ORD_UNPR")), call.Now, null);
        if (call.Account() is not { } account)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadAccount, FakeKisMessages.BadAccountText);
        foreach (var field in new[] { "PDNO", "ORD_QTY", "OVRS_ORD_UNPR", "ORD_DVSN" })
        {
            if (!r.HasField(field))
                return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.MissingField, FakeKisMessages.MissingFieldText + " [" + field + "]");
        }
        if (!Divisions(call, exchange, side).Contains(division))
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadOrderDivision, FakeKisMessages.BadOrderDivisionText);
        if (FakeKisOrderIntake.Closed(call, exchange) is { } closed)
            return FakeKisOrderIntake.Reject(call, attempt, closed);
        if (FakeKisOrderIntake.Quantity(r.BodyValue("ORD_QTY")) is not { } quantity)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadQuantity, FakeKisMessages.BadQuantityText);
        var symbol = call.Market.Find(attempt.Symbol);
        if (symbol?.Price is not { } current || (symbol.Market.Length > 0 && symbol.Market != exchange.QuoteCode))
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.UnknownSymbol, FakeKisMessages.UnknownSymbolText);
        var isMarket = MarketTypes.Contains(division);
        if (isMarket ? attempt.Price != 0m : attempt.Price is not > 0m)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadPrice, FakeKisMessages.BadPriceText);
        var perUnit = isMarket ? current : attempt.Price!.Value;
        if (FakeKisOrderIntake.Unaffordable(account, exchange.OrderCode, exchange.Currency, symbol.Code, side, quantity, perUnit) is { } poor)
            return FakeKisOrderIntake.Reject(call, attempt, poor);
        var order = new FakeKisOrder
        {
            Number = call.Market.NextOrderNumber(), Branch = call.IsVts ? "00950" : "01790", Account = account, Exchange = exchange.OrderCode,
            Currency = exchange.Currency, Symbol = symbol.Code, Side = side, Division = division, IsMarket = isMarket, Quantity = quantity,
            LimitPrice = isMarket ? null : attempt.Price, ReservePerUnit = side == FakeKisSide.Buy ? perUnit : 0m, ReceivedAt = call.Now,
        };
        return FakeKisOrderIntake.Accept(call, order, attempt with { Quantity = quantity },
            side == FakeKisSide.Buy ? FakeKisMessages.VtsBuyOkText : FakeKisMessages.VtsSellOkText);
    }

    public static FakeKisReply Change(FakeKisCall call)
    {
        var r = call.Request;
        var exchange = FakeKisExchange.ByOrderCode(r.BodyValue("OVRS_EXCG_CD").Trim());
        if (exchange is null || exchange.OrderCode == FakeKisExchange.Krx)
            return FakeKisReply.Rejected(FakeKisMessages.BadMarketCode, FakeKisMessages.BadMarketCodeText);
        var oldTr = call.IsVts ? FakeKisExchange.Vts(exchange.OldModifyTr) : exchange.OldModifyTr;
        if (call.TrId != oldTr && call.TrId != (call.IsVts ? "VTTT1004U" : "TTTT1004U"))
            return FakeKisReply.Gateway(FakeKisMessages.UnknownService, FakeKisMessages.UnknownServiceText);
        var cancel = r.BodyValue("RVSE_CNCL_DVSN_CD").Trim() == "02";
        var attempt = new FakeKisOrderRecord(cancel ? FakeKisOrderKind.Cancel : FakeKisOrderKind.Modify, null, r.BodyValue("ORGN_ODNO").Trim(),
            call.TrId, r.BodyValue("CANO") + "-" + r.BodyValue("ACNT_PRDT_CD"), exchange.OrderCode, r.BodyValue("PDNO").Trim(), null, string.Empty,
            FakeKisOrderIntake.Number(r.BodyValue("ORD_QTY")) ?? 0m, FakeKisOrderIntake.Number(r.BodyValue("OVRS_ORD_UNPR")), call.Now, null);
        if (call.Account() is not { } account)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadAccount, FakeKisMessages.BadAccountText);
        if (r.BodyValue("RVSE_CNCL_DVSN_CD").Trim() is not ("01" or "02"))
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.MissingField, FakeKisMessages.MissingFieldText + " [RVSE_CNCL_DVSN_CD]");
        if (FakeKisOrderIntake.Closed(call, exchange) is { } closed)
            return FakeKisOrderIntake.Reject(call, attempt, closed);
        if (FakeKisOrderIntake.OpenOrder(call, account, attempt.OriginalOrderNumber!, o => o.Exchange == exchange.OrderCode) is not { } original)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.NothingToChange, FakeKisMessages.NothingToChangeText);
        attempt = attempt with { Symbol = original.Symbol, Side = original.Side, OrderDivision = original.Division };
        var quantity = FakeKisOrderIntake.Quantity(r.BodyValue("ORD_QTY")) is { } q ? Math.Min(q, original.Remaining) : original.Remaining;
        attempt = attempt with { Quantity = quantity };
        if (cancel)
        {
            FakeKisOrderIntake.Change(call, original, cancel: true, quantity, original.Division, original.IsMarket, original.LimitPrice, 0m);
            var number = call.Market.NextOrderNumber();
            call.State.OrderRecords.Add(attempt with { OrderNumber = number });
            return FakeKisOrderIntake.Answer(call, original.Branch, number, FakeKisMessages.VtsCancelOkText, lowerCaseOutput: false);
        }
        if (original.IsMarket || attempt.Price is not > 0m)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadPrice, FakeKisMessages.BadPriceText);
        var perUnit = original.Side == FakeKisSide.Buy ? attempt.Price!.Value : 0m;
        if (original.Side == FakeKisSide.Buy && account.AvailableCash(exchange.Currency) + quantity * original.ReservePerUnit < quantity * perUnit)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.NoCash, FakeKisMessages.NoCashText);
        var replacement = FakeKisOrderIntake.Change(call, original, cancel: false, quantity, original.Division, false, attempt.Price, perUnit)!;
        call.State.OrderRecords.Add(attempt with { OrderNumber = replacement.Number });
        return FakeKisOrderIntake.Answer(call, replacement.Branch, replacement.Number, FakeKisMessages.VtsModifyOkText, lowerCaseOutput: false);
    }

    /// <summary>The side the TR stands for in this market, or null when the TR belongs to another market.</summary>
    private static FakeKisSide? SideOf(FakeKisCall call, FakeKisExchange exchange)
    {
        var buy = call.IsVts ? FakeKisExchange.Vts(exchange.BuyTr) : exchange.BuyTr;
        var sell = call.IsVts ? FakeKisExchange.Vts(exchange.SellTr) : exchange.SellTr;
        if (call.TrId == buy)
            return FakeKisSide.Buy;
        // US sell on VTS: the portal's VTTT1001U and the official sample's VTTT1006U are both accepted (§6.3).
        return call.TrId == sell || (call.IsVts && exchange.IsUs && call.TrId == "VTTT1001U") ? FakeKisSide.Sell : null;
    }

    private static string[] Divisions(FakeKisCall call, FakeKisExchange exchange, FakeKisSide side)
    {
        if (call.IsVts)
            return ["00"];
        if (exchange.IsUs)
            return side == FakeKisSide.Buy ? ["00", "32", "34"] : ["00", "31", "32", "33", "34"];
        return exchange.QuoteCode == "HKS" && side == FakeKisSide.Sell ? ["00", "50"] : ["00"];
    }
}
