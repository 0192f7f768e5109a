using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>One real-time feed: a TR id and its key (kis-openapi.md §7: a 6-digit code, D + EXCD + ticker, or the HTS id).</summary>
public sealed record KisSubscription(string TrId, string TrKey)
{
    /// <summary>KRX trades of one stock or ETF (H0STCNT0), e.g. <c>005930</c>.</summary>
    public static KisSubscription DomesticTrades(string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException($"a KRX code has 6 letters or digits, e.g. 005930, not '{code}'", nameof(code));
        return new(KisRealtimeTrIds.DomesticTrade, code);
    }

    /// <summary>Overseas trades (HDFSCNT0) keyed D + the exchange's quote code + ticker, e.g. <c>DNASAAPL</c>.</summary>
    public static KisSubscription OverseasTrades(KisExchange exchange, string ticker)
    {
        if (exchange.IsDomestic) throw new ArgumentException("KRX trades are subscribed with DomesticTrades, not as an overseas feed", nameof(exchange));
        if (string.IsNullOrWhiteSpace(ticker) || ticker.Any(char.IsWhiteSpace))
            throw new ArgumentException($"an overseas ticker is a word without spaces, e.g. AAPL, not '{ticker}'", nameof(ticker));
        return new(KisRealtimeTrIds.OverseasTrade, exchange.WebSocketPrefix + ticker.ToUpperInvariant());
    }

    /// <summary>Encrypted execution notices of the account behind <paramref name="htsId"/> (the HTS login id).</summary>
    public static KisSubscription ExecutionNotices(KisEnvironment environment, string htsId, bool overseas)
    {
        if (string.IsNullOrWhiteSpace(htsId) || htsId.Any(char.IsWhiteSpace))
            throw new ArgumentException("execution notices are keyed by the HTS id (the HTS login id), which is missing or has spaces", nameof(htsId));
        return new(overseas ? KisRealtimeTrIds.OverseasNotice(environment) : KisRealtimeTrIds.DomesticNotice(environment), htsId);
    }

    public override string ToString() => $"{TrId}/{TrKey}";
}
