namespace Ouroboros.Fakes.Kis;

/// <summary>order-cash (§5.5) and order-rvsecncl (§5.6), new and old TRs, with the checks of §9 point 7.</summary>
internal static class DomesticOrders
{
    private const string Krw = "KRW";
    private static readonly string[] VtsDivisions = ["00", "01", "02", "03", "04"];
    private static readonly string[] RealDivisions =
        ["00", "01", "02", "03", "04", "05", "06", "07", "11", "12", "13", "14", "15", "16", "21", "22", "23", "24"];
    private static readonly string[] MarketDivisions = ["01", "03", "04", "13", "14", "15", "16"];

    public static FakeKisReply Place(FakeKisCall call)
    {
        var r = call.Request;
        var side = call.TrId[^3..] is "11U" or "01U" ? FakeKisSide.Sell : FakeKisSide.Buy;
        var division = r.BodyValue("ORD_DVSN").Trim();
        var attempt = new FakeKisOrderRecord(FakeKisOrderKind.New, null, null, call.TrId, r.BodyValue("CANO") + "-" + r.BodyValue("ACNT_PRDT_CD"),
            FakeKisExchange.Krx, r.BodyValue("PDNO").Trim(), side, division, FakeKisOrderIntake.Number(r.BodyValue("ORD_QTY")) ?? 0m,
            FakeKisOrderIntake.Number(r.BodyValue("ORD_UNPR")), call.Now, null);
        if (call.Account() is not { } account)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadAccount, FakeKisMessages.BadAccountText);
        foreach (var field in new[] { "PDNO", "ORD_DVSN", "ORD_QTY", "ORD_UNPR" })
        {
            if (!r.HasField(field))
                return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.MissingField, FakeKisMessages.MissingFieldText + " [" + field + "]");
        }
        if (Venue(call) is { } badVenue)
            return FakeKisOrderIntake.Reject(call, attempt, badVenue);
        if (!(call.IsVts ? VtsDivisions : RealDivisions).Contains(division))
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadOrderDivision, FakeKisMessages.BadOrderDivisionText);
        if (FakeKisOrderIntake.Closed(call, FakeKisExchange.KrxMarket) is { } closed)
            return FakeKisOrderIntake.Reject(call, attempt, closed);
        if (FakeKisOrderIntake.Quantity(r.BodyValue("ORD_QTY")) is not { } quantity)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadQuantity, FakeKisMessages.BadQuantityText);
        if (call.Market.Find(attempt.Symbol) is not { Price: not null, BasePrice: { } basePrice } symbol)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.UnknownSymbol, FakeKisMessages.UnknownSymbolText);
        var isMarket = MarketDivisions.Contains(division);
        if (Priced(isMarket, attempt.Price, symbol) is { } badPrice)
            return FakeKisOrderIntake.Reject(call, attempt, badPrice);
        // KIS reserves a market buy's cash at the upper limit and settles at the fill price (§5.5).
        var perUnit = isMarket ? FakeKisTicks.UpperLimit(basePrice, symbol.IsEtf) : attempt.Price!.Value;
        if (FakeKisOrderIntake.Unaffordable(account, FakeKisExchange.Krx, Krw, symbol.Code, side, quantity, perUnit) is { } poor)
            return FakeKisOrderIntake.Reject(call, attempt, poor);
        var order = new FakeKisOrder
        {
            Number = call.Market.NextOrderNumber(), Branch = Branch(call), Account = account, Exchange = FakeKisExchange.Krx, Currency = Krw,
            Symbol = symbol.Code, Side = side, Division = division, IsMarket = isMarket, Quantity = quantity,
            LimitPrice = isMarket ? null : attempt.Price, ReservePerUnit = side == FakeKisSide.Buy ? perUnit : 0m, ReceivedAt = call.Now,
        };
        return FakeKisOrderIntake.Accept(call, order, attempt with { Quantity = quantity },
            side == FakeKisSide.Buy ? FakeKisMessages.VtsBuyOkText : FakeKisMessages.VtsSellOkText);
    }

    public static FakeKisReply Change(FakeKisCall call)
    {
        var r = call.Request;
        var cancel = r.BodyValue("RVSE_CNCL_DVSN_CD").Trim() == "02";
        var division = r.BodyValue("ORD_DVSN").Trim();
        var attempt = new FakeKisOrderRecord(cancel ? FakeKisOrderKind.Cancel : FakeKisOrderKind.Modify, null, r.BodyValue("ORGN_ODNO").Trim(),
            call.TrId, r.BodyValue("CANO") + "-" + r.BodyValue("ACNT_PRDT_CD"), FakeKisExchange.Krx, string.Empty, null, division,
            FakeKisOrderIntake.Number(r.BodyValue("ORD_QTY")) ?? 0m, FakeKisOrderIntake.Number(r.BodyValue("ORD_UNPR")), call.Now, null);
        if (call.Account() is not { } account)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadAccount, FakeKisMessages.BadAccountText);
        if (r.BodyValue("RVSE_CNCL_DVSN_CD").Trim() is not ("01" or "02"))
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.MissingField, FakeKisMessages.MissingFieldText + " [RVSE_CNCL_DVSN_CD]");
        if (Venue(call) is { } badVenue)
            return FakeKisOrderIntake.Reject(call, attempt, badVenue);
        if (FakeKisOrderIntake.Closed(call, FakeKisExchange.KrxMarket) is { } closed)
            return FakeKisOrderIntake.Reject(call, attempt, closed);
        if (FakeKisOrderIntake.OpenOrder(call, account, attempt.OriginalOrderNumber!, o => o.Exchange == FakeKisExchange.Krx) is not { } original)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.NothingToChange, FakeKisMessages.NothingToChangeText);
        attempt = attempt with { Symbol = original.Symbol, Side = original.Side };
        var all = r.BodyValue("QTY_ALL_ORD_YN").Trim() == "Y";
        var quantity = all ? original.Remaining : FakeKisOrderIntake.Quantity(r.BodyValue("ORD_QTY")) ?? 0m;
        if (quantity <= 0 || quantity > original.Remaining)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.NothingToChange, FakeKisMessages.NothingToChangeText);
        attempt = attempt with { Quantity = quantity };
        if (cancel)
        {
            FakeKisOrderIntake.Change(call, original, cancel: true, quantity, original.Division, original.IsMarket, original.LimitPrice, 0m);
            var number = call.Market.NextOrderNumber();
            call.State.OrderRecords.Add(attempt with { OrderNumber = number });
            return FakeKisOrderIntake.Answer(call, original.Branch, number, FakeKisMessages.VtsCancelOkText, lowerCaseOutput: true);
        }
        if (!(call.IsVts ? VtsDivisions : RealDivisions).Contains(division))
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.BadOrderDivision, FakeKisMessages.BadOrderDivisionText);
        var symbol = call.Market.Symbol(original.Symbol);
        var isMarket = MarketDivisions.Contains(division);
        if (Priced(isMarket, attempt.Price, symbol) is { } badPrice)
            return FakeKisOrderIntake.Reject(call, attempt, badPrice);
        var perUnit = original.Side == FakeKisSide.Buy ? isMarket ? FakeKisTicks.UpperLimit(symbol.BasePrice!.Value, symbol.IsEtf) : attempt.Price!.Value : 0m;
        if (original.Side == FakeKisSide.Buy && account.AvailableCash(Krw) + quantity * original.ReservePerUnit < quantity * perUnit)
            return FakeKisOrderIntake.Reject(call, attempt, FakeKisMessages.NoCash, FakeKisMessages.NoCashText);
        var replacement = FakeKisOrderIntake.Change(call, original, cancel: false, quantity, division, isMarket, isMarket ? null : attempt.Price, perUnit)!;
        call.State.OrderRecords.Add(attempt with { OrderNumber = replacement.Number });
        return FakeKisOrderIntake.Answer(call, replacement.Branch, replacement.Number, FakeKisMessages.VtsModifyOkText, lowerCaseOutput: true);
    }

    /// <summary>VTS trades on KRX only; the real host also routes to NXT and SOR (§5.5).</summary>
    private static (string, string)? Venue(FakeKisCall call)
    {
        var venue = call.Request.BodyValue("EXCG_ID_DVSN_CD").Trim().ToUpperInvariant();
        var allowed = venue is "" or "KRX" || (!call.IsVts && venue is "NXT" or "SOR");
        return allowed ? null : (FakeKisMessages.BadVenue, FakeKisMessages.BadVenueText);
    }

    /// <summary>Limit prices must sit on the KRX tick grid and inside the ±30% band.</summary>
    private static (string, string)? Priced(bool isMarket, decimal? price, FakeKisSymbol symbol)
    {
        if (isMarket)
            return price is null or < 0 ? (FakeKisMessages.BadPrice, FakeKisMessages.BadPriceText) : null;
        if (price is not { } p || p <= 0)
            return (FakeKisMessages.BadPrice, FakeKisMessages.BadPriceText);
        if (!FakeKisTicks.OnTick(p, symbol.IsEtf))
            return (FakeKisMessages.BadTick, FakeKisMessages.BadTickText);
        var basePrice = symbol.BasePrice!.Value;
        return p > FakeKisTicks.UpperLimit(basePrice, symbol.IsEtf) || p < FakeKisTicks.LowerLimit(basePrice, symbol.IsEtf)
            ? (FakeKisMessages.OutsideBand, FakeKisMessages.OutsideBandText)
            : null;
    }

    private static string Branch(FakeKisCall call) => call.IsVts ? "00950" : "91252";
}
