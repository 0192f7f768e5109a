namespace Ouroboros.Fakes.Kis;

/// <summary>
/// One market as the fake knows it (§6.1, §6.3, §8.1): its quote and order codes, currency, country code, time zone,
/// continuous sessions (local time), order TRs and the decimals its prices are written with. KRX is included with the
/// domestic order TRs left empty (they are per TR version, see <see cref="FakeKisTrs"/>).
/// </summary>
internal sealed record FakeKisExchange(
    string QuoteCode,
    string OrderCode,
    string Currency,
    string NationCode,
    string TimeZoneId,
    (TimeOnly Open, TimeOnly Close)[] Sessions,
    string BuyTr,
    string SellTr,
    string OldModifyTr,
    int Decimals)
{
    public const string Krx = "KRX";

    private static readonly (TimeOnly, TimeOnly)[] UsHours = [(new(9, 30), new(16, 0))];

    public static readonly IReadOnlyList<FakeKisExchange> All =
    [
        new(Krx, Krx, "KRW", "410", "Asia/Seoul", [(new(9, 0), new(15, 30))], "", "", "", 0),
        new("NAS", "NASD", "USD", "840", "America/New_York", UsHours, "TTTT1002U", "TTTT1006U", "TTTT1004U", 4),
        new("NYS", "NYSE", "USD", "840", "America/New_York", UsHours, "TTTT1002U", "TTTT1006U", "TTTT1004U", 4),
        new("AMS", "AMEX", "USD", "840", "America/New_York", UsHours, "TTTT1002U", "TTTT1006U", "TTTT1004U", 4),
        new("TSE", "TKSE", "JPY", "392", "Asia/Tokyo", [(new(9, 0), new(11, 30)), (new(12, 30), new(15, 30))], "TTTS0308U", "TTTS0307U", "TTTS0309U", 1),
        new("HKS", "SEHK", "HKD", "344", "Asia/Hong_Kong", [(new(9, 30), new(12, 0)), (new(13, 0), new(16, 0))], "TTTS1002U", "TTTS1001U", "TTTS1003U", 3),
        new("SHS", "SHAA", "CNY", "156", "Asia/Shanghai", [(new(9, 30), new(11, 30)), (new(13, 0), new(15, 0))], "TTTS0202U", "TTTS1005U", "TTTS0302U", 2),
        new("SZS", "SZAA", "CNY", "156", "Asia/Shanghai", [(new(9, 30), new(11, 30)), (new(13, 0), new(15, 0))], "TTTS0305U", "TTTS0304U", "TTTS0306U", 2),
        new("HSX", "VNSE", "VND", "704", "Asia/Ho_Chi_Minh", [(new(9, 15), new(11, 30)), (new(13, 0), new(14, 45))], "TTTS0311U", "TTTS0310U", "TTTS0312U", 0),
        new("HNX", "HASE", "VND", "704", "Asia/Ho_Chi_Minh", [(new(9, 0), new(11, 30)), (new(13, 0), new(14, 45))], "TTTS0311U", "TTTS0310U", "TTTS0312U", 0),
    ];

    /// <summary>The domestic market (KRX), first in <see cref="All"/>.</summary>
    public static FakeKisExchange KrxMarket => All[0];

    public bool IsUs => NationCode == "840";

    public static FakeKisExchange? ByOrderCode(string code) =>
        All.FirstOrDefault(e => string.Equals(e.OrderCode, code, StringComparison.OrdinalIgnoreCase));

    public static FakeKisExchange? ByQuoteCode(string code) =>
        All.FirstOrDefault(e => string.Equals(e.QuoteCode, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Either code.</summary>
    public static FakeKisExchange? ByAnyCode(string code) => ByOrderCode(code) ?? ByQuoteCode(code);

    /// <summary>VTS TR: the leading T becomes V (§2.3); the US sell exception is handled by the order handler.</summary>
    public static string Vts(string realTr) => realTr.Length > 0 && realTr[0] == 'T' ? "V" + realTr[1..] : realTr;

    /// <summary>Mon–Fri within a continuous session, in the exchange's own time zone. Holidays are not modelled.</summary>
    public bool IsOpen(DateTimeOffset utcNow)
    {
        var local = TimeZoneInfo.ConvertTime(utcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            return false;
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Sessions.Any(s => time >= s.Open && time < s.Close);
    }

    public DateTimeOffset LocalTime(DateTimeOffset utcNow) =>
        TimeZoneInfo.ConvertTime(utcNow, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
}
