using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Market;
using Ouroboros.Brokers.Bybit.Trading;
using static Ouroboros.Brokers.Bybit.Http.BybitJson;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>Reads the rows of each endpoint (external-apis.md §1.6) into the adapter's records.</summary>
internal static class BybitReaders
{
    public static BybitKline Kline(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 7) throw new BybitFormatException("a kline is not an array of 7 strings");
        string At(int i) => row[i].GetString() ?? throw new BybitFormatException($"kline element {i} is not a string");
        decimal D(int i, string name) => BybitNumbers.Parse(At(i), name) ?? throw new BybitFormatException($"kline {name} is blank");
        var start = BybitNumbers.ParseMillis(At(0), "startTime") ?? throw new BybitFormatException("kline startTime is blank");
        return new BybitKline(start, D(1, "open"), D(2, "high"), D(3, "low"), D(4, "close"), D(5, "volume"), D(6, "turnover"));
    }

    public static BybitInstrumentInfo Instrument(JsonElement row)
    {
        var price = row.TryGetProperty("priceFilter", out var p) ? p : default;
        var lot = row.TryGetProperty("lotSizeFilter", out var l) ? l : default;
        var leverage = row.TryGetProperty("leverageFilter", out var v) ? v : default;
        return new BybitInstrumentInfo(Required(row, "symbol"), Str(row, "status") ?? "",
            RequiredDec(price, "tickSize"), RequiredDec(lot, "qtyStep"), RequiredDec(lot, "minOrderQty"), Dec(lot, "maxOrderQty"),
            Dec(lot, "maxMktOrderQty"), Dec(lot, "minNotionalValue"), Dec(leverage, "minLeverage"), Dec(leverage, "maxLeverage"), Dec(leverage, "leverageStep"));
    }

    public static BybitTicker Ticker(JsonElement row) => new(Required(row, "symbol"), Dec(row, "lastPrice"), Dec(row, "markPrice"),
        Dec(row, "indexPrice"), Dec(row, "bid1Price"), Dec(row, "ask1Price"), Dec(row, "fundingRate"), Millis(row, "nextFundingTime"));

    public static BybitFundingRate Funding(JsonElement row) => new(Required(row, "symbol"), RequiredDec(row, "fundingRate"),
        Millis(row, "fundingRateTimestamp") ?? throw new BybitFormatException("the field fundingRateTimestamp is missing"));

    public static BybitOrder Order(JsonElement row) => new(Required(row, "orderId"), Str(row, "orderLinkId") ?? "", Required(row, "symbol"),
        Side(row, "side"), Str(row, "orderType") ?? "", Required(row, "orderStatus"), Dec(row, "price"), RequiredDec(row, "qty"),
        Dec(row, "cumExecQty") ?? 0m, Dec(row, "avgPrice") is > 0 and var avg ? avg : null, Dec(row, "leavesQty"), Str(row, "rejectReason") ?? "",
        Positive(Dec(row, "takeProfit")), Positive(Dec(row, "stopLoss")), Bool(row, "reduceOnly"), Millis(row, "createdTime"), Millis(row, "updatedTime"));

    public static BybitExecution Execution(JsonElement row) => new(Required(row, "execId"), Str(row, "orderId") ?? "", Str(row, "orderLinkId") ?? "",
        Required(row, "symbol"), Side(row, "side"), RequiredDec(row, "execPrice"), RequiredDec(row, "execQty"), RequiredDec(row, "execFee"),
        Str(row, "feeCurrency"), Str(row, "execType") ?? "Trade",
        Millis(row, "execTime") ?? throw new BybitFormatException("the field execTime is missing"), Bool(row, "isMaker"));

    public static BybitPosition Position(JsonElement row) => new(Required(row, "symbol"), Int(row, "positionIdx"), SideOrNull(row, "side"),
        Dec(row, "size") ?? 0m, Positive(Dec(row, "avgPrice")), Dec(row, "leverage"), Dec(row, "markPrice"), Positive(Dec(row, "liqPrice")),
        Positive(Dec(row, "takeProfit")), Positive(Dec(row, "stopLoss")), Dec(row, "unrealisedPnl"));

    public static BybitWallet Wallet(JsonElement result)
    {
        var account = List(result).FirstOrDefault();
        if (account.ValueKind != JsonValueKind.Object) throw new BybitFormatException("the wallet list is empty");
        var coins = account.TryGetProperty("coin", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(x => new BybitCoinBalance(Required(x, "coin"), Dec(x, "equity"), Dec(x, "walletBalance"),
                Dec(x, "unrealisedPnl"), Dec(x, "cumRealisedPnl"))).ToList()
            : throw new BybitFormatException("the wallet has no coin list");
        return new BybitWallet(Dec(account, "totalEquity"), Dec(account, "totalWalletBalance"), Dec(account, "totalAvailableBalance"), coins);
    }

    public static BybitOrderAck Ack(JsonElement result) => new(Required(result, "orderId"), Str(result, "orderLinkId") ?? "");

    // Bybit writes "0" or "" for a price it does not have (no TP, no average yet): unknown, not a price of zero.
    private static decimal? Positive(decimal? value) => value is > 0 ? value : null;
}
