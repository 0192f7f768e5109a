using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>H0STCNT0 and HDFSCNT0 records into typed trades (field order: kis-openapi.md §7).</summary>
internal static class KisTradeParsers
{
    public const int DomesticFieldCount = 46;
    public const int OverseasFieldCount = 26;

    public static KisStreamEvent Domestic(string[] fields, DateTimeOffset receivedAt)
    {
        var r = new KisFieldReader(KisRealtimeTrIds.DomesticTrade, fields);
        var symbol = r.Text(0, "MKSC_SHRN_ISCD");
        var time = r.Time(1, "STCK_CNTG_HOUR");
        var price = r.Decimal(2, "STCK_PRPR");
        var volume = r.Decimal(12, "CNTG_VOL");
        var cumulative = r.Decimal(13, "ACML_VOL");
        var date = r.Date(33, "BSOP_DATE");
        if (r.Problem is not null) return new KisStreamProblem(receivedAt, r.Describe(symbol));
        return new KisDomesticTrade(
            receivedAt, symbol, KisTime.KstToUtc(date, time), date, price, volume, cumulative,
            CumulativeValue: r.OptionalDecimal(14), Open: r.OptionalDecimal(7), High: r.OptionalDecimal(8), Low: r.OptionalDecimal(9),
            BestAsk: r.OptionalDecimal(10), BestBid: r.OptionalDecimal(11));
    }

    public static KisStreamEvent Overseas(string[] fields, DateTimeOffset receivedAt)
    {
        var r = new KisFieldReader(KisRealtimeTrIds.OverseasTrade, fields);
        var realtimeSymbol = r.Text(0, "RSYM");
        var symbol = r.Text(1, "SYMB");
        var localBusinessDate = r.Date(3, "TYMD");
        var localDate = r.Date(4, "XYMD");
        var localTime = r.Time(5, "XHMS");
        var kstDate = r.Date(6, "KYMD");
        var kstTime = r.Time(7, "KHMS");
        var price = r.Decimal(11, "LAST");
        var volume = r.Decimal(19, "EVOL");
        var cumulative = r.Decimal(20, "TVOL");
        if (r.Problem is not null) return new KisStreamProblem(receivedAt, r.Describe(realtimeSymbol));
        return new KisOverseasTrade(
            receivedAt, realtimeSymbol, symbol, ExchangeOf(realtimeSymbol), KisTime.KstToUtc(kstDate, kstTime),
            localBusinessDate, localDate, localTime, price, volume, cumulative,
            CumulativeValue: r.OptionalDecimal(21), Open: r.OptionalDecimal(8), High: r.OptionalDecimal(9), Low: r.OptionalDecimal(10),
            BestBid: r.OptionalDecimal(15), BestAsk: r.OptionalDecimal(16), Session: SessionOf(r.OptionalText(25)));
    }

    /// <summary>RSYM is D + the quote code (EXCD) + ticker, e.g. DNASAAPL; anything else names no exchange.</summary>
    private static KisExchange? ExchangeOf(string realtimeSymbol) =>
        KisExchange.Overseas.FirstOrDefault(e => realtimeSymbol.StartsWith(e.WebSocketPrefix, StringComparison.Ordinal) && realtimeSymbol.Length > e.WebSocketPrefix.Length);

    private static KisOverseasSession? SessionOf(string? mtyp) => mtyp switch
    {
        "1" => KisOverseasSession.Regular,
        "2" => KisOverseasSession.PreMarket,
        "3" => KisOverseasSession.AfterMarket,
        _ => null,
    };
}
