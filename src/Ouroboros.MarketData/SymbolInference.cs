using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>
/// Infers a symbol from a data file name: yahoo-SPY-daily.csv → SPY, krx-069500-daily.csv → 069500,
/// binance-BTCUSDT-1h-2017-2022.csv → BTCUSDT, BTC_USDT-1h.json → BTCUSDT. Source prefixes, interval words,
/// intervals and years are skipped; the first remaining token, upper-cased, is the symbol.
/// </summary>
public static class SymbolInference
{
    private static readonly HashSet<string> NoiseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yahoo", "krx", "binance", "bybit", "backtrader", "skender", "cboe", "futures", "perp", "spot", "daily", "weekly",
        "hourly", "minute", "intraday", "day", "week", "with", "nav", "data", "ohlc", "ohlcv", "index", "segments", "quotes",
    };

    public static string FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var tokens = stem.Split(['-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            if (IsNoise(token)) continue;
            return token.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
        }
        return stem.Length > 0 ? stem.ToUpperInvariant() : "UNKNOWN";
    }

    private static bool IsNoise(string token)
    {
        if (NoiseWords.Contains(token)) return true;
        if (BarInterval.TryParse(token, out _)) return true;
        return token.Length == 4 && token.All(char.IsAsciiDigit) && token[0] is '1' or '2';
    }
}
