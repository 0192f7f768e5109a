using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// One market KIS trades, with the codes its APIs use for it (kis-openapi.md §6.1): quotes take <see cref="QuoteCode"/>
/// (EXCD), orders and balances take <see cref="OrderCode"/> (OVRS_EXCG_CD); the WebSocket key is
/// <see cref="WebSocketPrefix"/> + ticker. KRX is domestic and uses none of the overseas codes.
/// </summary>
public sealed record KisExchange(string Name, string QuoteCode, string OrderCode, Currency Currency, string NationCode, string WebSocketPrefix)
{
    public static readonly KisExchange Krx = new("KRX", "J", "KRX", Currency.KRW, "410", "");
    public static readonly KisExchange Nasdaq = new("NASDAQ", "NAS", "NASD", Currency.USD, "840", "DNAS");
    public static readonly KisExchange Nyse = new("NYSE", "NYS", "NYSE", Currency.USD, "840", "DNYS");
    public static readonly KisExchange Amex = new("AMEX", "AMS", "AMEX", Currency.USD, "840", "DAMS");
    public static readonly KisExchange Tokyo = new("Tokyo", "TSE", "TKSE", Currency.JPY, "392", "DTSE");
    public static readonly KisExchange HongKong = new("Hong Kong", "HKS", "SEHK", Currency.HKD, "344", "DHKS");
    public static readonly KisExchange Shanghai = new("Shanghai", "SHS", "SHAA", Currency.CNY, "156", "DSHS");
    public static readonly KisExchange Shenzhen = new("Shenzhen", "SZS", "SZAA", Currency.CNY, "156", "DSZS");
    public static readonly KisExchange HoChiMinh = new("Ho Chi Minh", "HSX", "VNSE", Currency.VND, "704", "DHSX");
    public static readonly KisExchange Hanoi = new("Hanoi", "HNX", "HASE", Currency.VND, "704", "DHNX");

    /// <summary>The nine overseas exchanges.</summary>
    public static readonly IReadOnlyList<KisExchange> Overseas = [Nasdaq, Nyse, Amex, Tokyo, HongKong, Shanghai, Shenzhen, HoChiMinh, Hanoi];

    public bool IsDomestic => ReferenceEquals(this, Krx) || OrderCode == "KRX";

    public bool IsUs => NationCode == "840";

    /// <summary>The exchange whose quote or order code is <paramref name="code"/> (any letter case); null when none is.</summary>
    public static KisExchange? FromCode(string code) =>
        string.Equals(code, "KRX", StringComparison.OrdinalIgnoreCase) || string.Equals(code, "KR", StringComparison.OrdinalIgnoreCase) ? Krx
        : Overseas.FirstOrDefault(e => string.Equals(e.QuoteCode, code, StringComparison.OrdinalIgnoreCase) || string.Equals(e.OrderCode, code, StringComparison.OrdinalIgnoreCase));
}
