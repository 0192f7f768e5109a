using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Kis;

/// <summary>The market names the KIS commands take: KR (KRX), the order codes NASD, NYSE, AMEX, TKSE, SEHK, SHAA, SZAA, HASE, VNSE, or the quote codes (NAS, NYS, ...).</summary>
public static class KisMarkets
{
    public const string Accepted = "KR, NASD, NYSE, AMEX, TKSE, SEHK, SHAA, SZAA, HASE, VNSE (or the quote codes NAS, NYS, AMS, TSE, HKS, SHS, SZS, HNX, HSX)";

    /// <summary>The exchange named by <paramref name="market"/>; bad input naming «market» otherwise.</summary>
    public static KisExchange Parse(string market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return KisExchange.FromCode(market.Trim())
            ?? throw new InvalidInputException("market", $"«market» '{market}' is not a KIS market: use one of {Accepted}.");
    }
}
