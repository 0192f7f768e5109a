namespace Ouroboros.MarketData;

/// <summary>Recognises a CSV layout from its header row (or from a headerless Binance kline row).</summary>
public static class CsvHeaderParser
{
    private static readonly string[] TimeNames = ["TIMESTAMPMS", "OPENTIME", "TIMESTAMP", "DATE", "DATETIME", "TIME", "DATETIMEUTC", "DATEUTC"];
    private static readonly string[] AdjNames = ["ADJCLOSE", "ADJUSTEDCLOSE"];

    /// <summary>Returns the layout, or null with <paramref name="error"/> saying what is wrong and which layouts are accepted.</summary>
    public static CsvLayout? TryParse(string headerLine, out string? error)
    {
        error = null;
        var names = headerLine.Split(',').Select(Normalize).ToArray();
        if (names.Length >= 6 && IsEpochLike(names[0]))
            return new CsvLayout(CsvLayoutKind.Binance, HasHeader: false, names.Length, 0, 1, 2, 3, 4, 5, -1);

        var duplicates = names.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        var time = FirstOf(names, TimeNames);
        var adj = FirstOf(names, AdjNames);
        int open = Array.IndexOf(names, "OPEN"), high = Array.IndexOf(names, "HIGH"), low = Array.IndexOf(names, "LOW");
        int close = Array.IndexOf(names, "CLOSE"), volume = Array.IndexOf(names, "VOLUME");

        var missing = new List<string>();
        if (time < 0) missing.Add("date/timestamp");
        if (open < 0) missing.Add("open");
        if (high < 0) missing.Add("high");
        if (low < 0) missing.Add("low");
        if (close < 0) missing.Add("close");
        if (volume < 0) missing.Add("volume");
        if (missing.Count > 0 || duplicates.Length > 0)
        {
            var what = missing.Count > 0
                ? $"missing column(s) {string.Join(", ", missing)}"
                : $"column(s) {string.Join(", ", duplicates)} appear more than once";
            error = $"unknown header '{headerLine.Trim()}': {what}; {CsvLayout.AcceptedLayouts}";
            return null;
        }

        var timeName = names[time];
        var kind = adj >= 0 ? CsvLayoutKind.Yahoo
            : names.Contains("OPENINTEREST") ? CsvLayoutKind.Backtrader
            : timeName is "TIMESTAMPMS" or "OPENTIME" || (timeName == "TIMESTAMP" && names.Contains("CLOSETIME")) ? CsvLayoutKind.Binance
            : CsvLayoutKind.Ohlcv;
        return new CsvLayout(kind, HasHeader: true, names.Length, time, open, high, low, close, volume, adj);
    }

    private static int FirstOf(string[] names, string[] candidates)
    {
        foreach (var c in candidates)
        {
            var i = Array.IndexOf(names, c);
            if (i >= 0) return i;
        }
        return -1;
    }

    private static bool IsEpochLike(string field) => field.Length >= 10 && field.All(char.IsAsciiDigit);

    /// <summary>"Adj Close", "adj_close" and "\"AdjClose\"" all become ADJCLOSE.</summary>
    private static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var n = 0;
        foreach (var ch in name.AsSpan(0, Math.Min(name.Length, 128)))
        {
            if (ch is ' ' or '_' or '-' or '"' or '\t' or '\r' or '\uFEFF') continue;
            buffer[n++] = char.ToUpperInvariant(ch);
        }
        return new string(buffer[..n]);
    }
}
