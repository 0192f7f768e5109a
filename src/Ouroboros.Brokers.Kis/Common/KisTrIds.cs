namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// Every TR id the client sends, written as the real host's id, and the rule that turns it into the VTS id
/// (kis-openapi.md §2.3): a leading T, J or C becomes V; quote TRs (FHK…, HHDFS…, FHPST…) are the same on both hosts.
/// The explicit exceptions of §6.3 override the rule.
/// </summary>
public static class KisTrIds
{
    // Domestic quotes (§5.1): same id on both hosts.
    public const string DomesticPrice = "FHKST01010100";
    public const string DomesticOrderBook = "FHKST01010200";
    public const string DomesticDailyBars = "FHKST03010100";
    public const string DomesticMinuteBars = "FHKST03010200";
    public const string DomesticVolumeRank = "FHPST01710000";
    public const string DomesticFluctuationRank = "FHPST01700000";
    public const string DomesticHoliday = "CTCA0903R";

    // Domestic account and orders (§5.1). New TRs first; the old ones are the fallback when a host refuses the new.
    public const string DomesticBalance = "TTTC8434R";
    public const string DomesticBuyable = "TTTC8908R";
    public const string DomesticBuy = "TTTC0012U";
    public const string DomesticSell = "TTTC0011U";
    public const string DomesticModifyCancel = "TTTC0013U";
    public const string DomesticBuyOld = "TTTC0802U";
    public const string DomesticSellOld = "TTTC0801U";
    public const string DomesticModifyCancelOld = "TTTC0803U";
    public const string DomesticDailyFillsRecent = "TTTC0081R";
    public const string DomesticDailyFillsOlder = "CTSC9215R";
    public const string DomesticDailyFillsRecentOld = "TTTC8001R";
    public const string DomesticDailyFillsOlderOld = "CTSC9115R";

    // Overseas quotes (§6.2).
    public const string OverseasPrice = "HHDFS00000300";
    public const string OverseasDailyBars = "HHDFS76240000";
    public const string OverseasPriceDetail = "HHDFS76200200";
    public const string OverseasUpDownRank = "HHDFS76290000";
    public const string OverseasTradeVolumeRank = "HHDFS76310010";

    // Overseas account and orders (§6.2, §6.3).
    public const string OverseasBalance = "TTTS3012R";
    public const string OverseasPresentBalance = "CTRP6504R";
    public const string OverseasBuyable = "TTTS3007R";
    public const string OverseasModifyCancel = "TTTT1004U";
    public const string OverseasOpenOrders = "TTTS3018R";
    public const string OverseasOrderHistory = "TTTS3035R";
    public const string UsBuy = "TTTT1002U";
    public const string UsSell = "TTTT1006U";

    /// <summary>US sell on VTS is VTTT1001U (portal, python-kis, the 2026-07-09 docstring), not the rule's VTTT1006U.</summary>
    public const string UsSellVts = "VTTT1001U";

    private static readonly Dictionary<string, string> VtsExceptions = new(StringComparer.Ordinal) { [UsSell] = UsSellVts };

    /// <summary>The id to send on <paramref name="environment"/> for the real-host id <paramref name="realTrId"/>.</summary>
    public static string For(string realTrId, KisEnvironment environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(realTrId);
        if (environment == KisEnvironment.Real) return realTrId;
        if (VtsExceptions.TryGetValue(realTrId, out var exception)) return exception;
        return realTrId[0] is 'T' or 'J' or 'C' ? "V" + realTrId[1..] : realTrId;
    }

    /// <summary>The real-host buy and sell TRs of an overseas order exchange (§6.3 table).</summary>
    public static (string Buy, string Sell) OverseasOrder(KisExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return exchange.OrderCode switch
        {
            "NASD" or "NYSE" or "AMEX" => (UsBuy, UsSell),
            "SEHK" => ("TTTS1002U", "TTTS1001U"),
            "SHAA" => ("TTTS0202U", "TTTS1005U"),
            "SZAA" => ("TTTS0305U", "TTTS0304U"),
            "TKSE" => ("TTTS0308U", "TTTS0307U"),
            "HASE" or "VNSE" => ("TTTS0311U", "TTTS0310U"),
            _ => throw new ArgumentException($"{exchange.Name} is not an overseas exchange KIS takes orders for", nameof(exchange)),
        };
    }
}
