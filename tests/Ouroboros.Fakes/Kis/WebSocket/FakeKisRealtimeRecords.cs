using System.Globalization;

namespace Ouroboros.Fakes.Kis.WebSocket;

/// <summary>
/// The fake's own writing of real-time records (kis-openapi.md §7; it shares no code with the client): H0STCNT0 (46
/// fields) and HDFSCNT0 (26) trades, and the plaintext of domestic (26 fields, the portal's layout) and overseas (25)
/// execution notices. Fields the fake does not model are written as plausible constants, never read by a test.
/// </summary>
internal static class FakeKisRealtimeRecords
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static string[] DomesticTrade(FakeKisPrint p, DateTimeOffset now)
    {
        var kst = now.ToOffset(Kst);
        var f = Enumerable.Repeat("0", 46).ToArray();
        (f[0], f[1], f[2]) = (p.Code, kst.ToString("HHmmss", CultureInfo.InvariantCulture), Int(p.Price));
        var change = p.BasePrice is { } b ? p.Price - b : 0m;
        (f[3], f[4]) = (change > 0 ? "2" : change < 0 ? "5" : "3", Int(change));
        (f[7], f[8], f[9]) = (Int(p.Open ?? p.Price), Int(p.High ?? p.Price), Int(p.Low ?? p.Price));
        (f[10], f[11], f[12], f[13], f[14]) = (Int(p.Price), Int(p.Price), Int(p.Volume), Int(p.CumulativeVolume), Int(p.CumulativeValue));
        (f[21], f[33], f[34], f[35]) = ("1", kst.ToString("yyyyMMdd", CultureInfo.InvariantCulture), "20", "N");
        f[44] = "";
        return f;
    }

    public static string[] OverseasTrade(FakeKisPrint p, FakeKisExchange exchange, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(exchange.TimeZoneId));
        var kst = now.ToOffset(Kst);
        string P(decimal value) => value.ToString("F" + exchange.Decimals, CultureInfo.InvariantCulture);
        var localDay = local.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return
        [
            "D" + exchange.QuoteCode + p.Code, p.Code, exchange.Decimals.ToString(CultureInfo.InvariantCulture), localDay, localDay,
            local.ToString("HHmmss", CultureInfo.InvariantCulture), kst.ToString("yyyyMMdd", CultureInfo.InvariantCulture), kst.ToString("HHmmss", CultureInfo.InvariantCulture),
            P(p.Open ?? p.Price), P(p.High ?? p.Price), P(p.Low ?? p.Price), P(p.Price), "3", P(0m), "0.00", P(p.Price), P(p.Price), "1", "1",
            Int(p.Volume), Int(p.CumulativeVolume), Int(p.CumulativeValue), "0", "0", "100.0", "1",
        ];
    }

    /// <summary>H0STCNI0/9 plaintext of one fill (CNTG_YN 2).</summary>
    public static string[] DomesticNotice(string htsId, FakeKisExecution fill, decimal orderQuantity, decimal? orderPrice, string name) =>
    [
        htsId, Account(fill), fill.OrderNumber, "0000000000", Side(fill), "0", "00", "0", fill.Symbol, Int(fill.Quantity), Int(fill.Price),
        Time(fill), "0", "2", "2", "06010", Int(orderQuantity), "FAKE", "0", "1", "Y", "", "00", "", name, Int(orderPrice ?? 0m),
    ];

    /// <summary>H0GSCNI0/9 plaintext of one fill: CNTG_UNPR without a decimal point, the market in ODER_COND.</summary>
    public static string[] OverseasNotice(string htsId, FakeKisExecution fill, FakeKisExchange exchange, decimal orderQuantity, string name)
    {
        var (code, decimals) = NoticeMarket(exchange.QuoteCode);
        var implied = decimal.Round(fill.Price * Pow10(decimals)).ToString("000000000", CultureInfo.InvariantCulture);
        return
        [
            htsId, Account(fill), fill.OrderNumber, "", Side(fill), "0", "2", fill.Symbol, Int(fill.Quantity), implied, Time(fill), "0", "2", "2",
            "06010", Int(orderQuantity), "FAKE", name, code, "10", "", "", "", "", fill.Price.ToString("F" + decimals, CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>ODER_COND per the portal's H0GSCNI0 page, with the decimals CNTG_UNPR implies there.</summary>
    private static (string Code, int Decimals) NoticeMarket(string quoteCode) => quoteCode switch
    {
        "NAS" => ("6", 4),
        "NYS" => ("7", 4),
        "AMS" => ("8", 4),
        "HKS" => ("4", 3),
        "SHS" => ("5", 3),
        "SZS" => ("B", 3),
        "TSE" => ("D", 1),
        "HNX" => ("E", 0),
        _ => ("F", 0),
    };

    private static string Account(FakeKisExecution fill) => fill.AccountNumber.Replace("-", "", StringComparison.Ordinal);

    private static string Side(FakeKisExecution fill) => fill.Side == FakeKisSide.Sell ? "01" : "02";

    private static string Time(FakeKisExecution fill) => fill.Time.ToOffset(Kst).ToString("HHmmss", CultureInfo.InvariantCulture);

    private static string Int(decimal value) => decimal.Round(value).ToString(CultureInfo.InvariantCulture);

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);
}
