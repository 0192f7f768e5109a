namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

/// <summary>Records as KIS sends them, for tests on both sides of the wire.</summary>
internal static class KisFrames
{
    /// <summary>The H0STCNT0 example of kis-openapi.md §7 (46 fields): 005930 at 71,900 KRW, 09:30:12 KST on 2026-07-09.</summary>
    public const string DomesticExample =
        "005930^093012^71900^5^-100^-0.14^72023.83^72100^72400^71700^71900^71800^15^3052507^219853241700^5105^6937^1832^84.90^1366314^1159996^1^0.39^41.25^090020^5^-200^090820^5^-500^092619^2^200^20260709^20^N^65945^216924^1118750^2199206^0.05^2424142^125.92^0^^72100";

    public static string[] Domestic(string code = "005930", string time = "093012", string price = "71900", string volume = "15")
    {
        var fields = DomesticExample.Split('^');
        (fields[0], fields[1], fields[2], fields[12]) = (code, time, price, volume);
        return fields;
    }

    /// <summary>An HDFSCNT0 record (26 fields): AAPL on NASDAQ, 10:15:30 New York (EDT) = 23:15:30 KST on 2026-07-09.</summary>
    public static string[] Overseas(string rsym = "DNASAAPL", string last = "212.3400", string kstTime = "231530", string mtyp = "1") =>
    [
        rsym, "AAPL", "4", "20260709", "20260709", "101530", "20260709", kstTime, "210.0000", "213.1000", "209.5000", last, "2", "1.2300", "0.58",
        "212.3300", "212.3500", "300", "200", "120", "1523000", "323456789.50", "800000", "700000", "110.5", mtyp,
    ];

    /// <summary>A domestic execution notice in the portal's 26-field layout.</summary>
    public static string[] DomesticNotice(string filled = "2", string quantity = "10", string price = "71900", string time = "093015", string refused = "0", string accepted = "2") =>
    [
        "htsuser", "5012345601", "0000012345", "0000000000", "02", "0", "00", "0", "005930", quantity, price, time, refused, filled, accepted,
        "06010", "10", "HONG", "0", "1", "Y", "", "00", "", "SAMSUNG ELECTRONICS", "72000",
    ];

    /// <summary>An overseas execution notice (25 fields): CNTG_UNPR without a decimal point, market 6 (NASDAQ).</summary>
    public static string[] OverseasNotice(string filled = "2", string quantity = "3", string price = "001480100", string market = "6") =>
    [
        "htsuser", "5012345601", "0000054321", "", "01", "0", "2", "AAPL", quantity, price, "231530", "0", filled, "2", "06010", "5",
        "HONG", "APPLE", market, "10", "", "", "", "", "148.0100",
    ];
}
