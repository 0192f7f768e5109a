using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis;

/// <summary>What domestic and overseas order handlers share: parsing, session checks, reservations, records, answers.</summary>
internal static class FakeKisOrderIntake
{
    public static decimal? Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A positive whole quantity, or null.</summary>
    public static decimal? Quantity(string text) => Number(text) is { } q && q > 0 && q == decimal.Truncate(q) ? q : null;

    /// <summary>Null when the market is open (or hours are not enforced); otherwise the host's "closed" rejection.</summary>
    public static (string Code, string Text)? Closed(FakeKisCall call, FakeKisExchange exchange)
    {
        if (!call.State.Settings.EnforceSessionHours || call.State.IsOpen(exchange, call.Now))
            return null;
        return call.IsVts ? (FakeKisMessages.VtsClosed, FakeKisMessages.VtsClosedText) : (FakeKisMessages.RealClosed, FakeKisMessages.RealClosedText);
    }

    public static FakeKisReply Reject(FakeKisCall call, FakeKisOrderRecord attempt, string code, string text)
    {
        call.State.OrderRecords.Add(attempt with { RejectCode = code });
        return FakeKisReply.Rejected(code, text);
    }

    public static FakeKisReply Reject(FakeKisCall call, FakeKisOrderRecord attempt, (string Code, string Text) why) =>
        Reject(call, attempt, why.Code, why.Text);

    /// <summary>Checks cash (buys) or sellable shares (sells) for <paramref name="quantity"/> more.</summary>
    public static (string Code, string Text)? Unaffordable(FakeKisAccount account, string exchange, string currency, string symbol, FakeKisSide side, decimal quantity, decimal reservePerUnit)
    {
        if (side == FakeKisSide.Buy)
            return account.AvailableCash(currency) < quantity * reservePerUnit ? (FakeKisMessages.NoCash, FakeKisMessages.NoCashText) : null;
        var sellable = account.FindPosition(exchange, symbol)?.Sellable ?? 0m;
        return sellable < quantity ? (FakeKisMessages.NoHoldings, FakeKisMessages.NoHoldingsText) : null;
    }

    /// <summary>Records the accepted order, lets the market fill it, and answers in the host's words.</summary>
    public static FakeKisReply Accept(FakeKisCall call, FakeKisOrder order, FakeKisOrderRecord attempt, string okText, bool lowerCaseOutput = false)
    {
        call.State.OrderRecords.Add(attempt with { OrderNumber = order.Number });
        call.Market.Accept(order, call.Now, call.Executions);
        return Answer(call, order.Branch, order.Number, okText, lowerCaseOutput);
    }

    public static FakeKisReply Answer(FakeKisCall call, string branch, string number, string okText, bool lowerCaseOutput)
    {
        var body = call.IsVts
            ? FakeKisJson.Success(FakeKisMessages.VtsOrderOk, okText)
            : FakeKisJson.Success(FakeKisMessages.RealOrderOk, FakeKisMessages.RealOrderOkText);
        var time = call.Kst.ToString("HHmmss", CultureInfo.InvariantCulture);
        body["output"] = lowerCaseOutput
            ? new JsonObject { ["krx_fwdg_ord_orgno"] = branch, ["odno"] = number, ["ord_tmd"] = time }
            : new JsonObject { ["KRX_FWDG_ORD_ORGNO"] = branch, ["ODNO"] = number, ["ORD_TMD"] = time };
        return FakeKisReply.Json(body);
    }

    /// <summary>The order to change, if it is this account's, in this market, and still open.</summary>
    public static FakeKisOrder? OpenOrder(FakeKisCall call, FakeKisAccount account, string number, Func<FakeKisOrder, bool> inMarket) =>
        call.Market.FindOrder(number.Trim()) is { } o && o.Account == account && inMarket(o) && o.IsOpen ? o : null;

    /// <summary>Cancels all or part of <paramref name="original"/>, or replaces its remainder by a new order.</summary>
    public static FakeKisOrder? Change(FakeKisCall call, FakeKisOrder original, bool cancel, decimal quantity, string division, bool isMarket, decimal? limit, decimal reservePerUnit)
    {
        if (cancel)
        {
            call.Market.Cancel(original, quantity);
            return null;
        }
        var replacement = new FakeKisOrder
        {
            Number = call.Market.NextOrderNumber(), OriginalNumber = original.Number, Branch = original.Branch, Account = original.Account,
            Exchange = original.Exchange, Currency = original.Currency, Symbol = original.Symbol, Side = original.Side, Division = division,
            IsMarket = isMarket, Quantity = quantity, LimitPrice = limit, ReservePerUnit = reservePerUnit, ReceivedAt = call.Now,
        };
        call.Market.Cancel(original, quantity);
        original.ReplacedBy = replacement.Number;
        call.Market.Accept(replacement, call.Now, call.Executions);
        return replacement;
    }
}
