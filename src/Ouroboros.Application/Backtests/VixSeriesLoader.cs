using System.Globalization;
using Ouroboros.Risk.Data;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// Reads daily VIX closes (a `date,close` CSV; extra columns are ignored). A close is treated as known from 16:15
/// New York time on its date, when CBOE settles it, so a decision never reads the VIX of a day that has not ended.
/// </summary>
public static class VixSeriesLoader
{
    private static readonly TimeSpan PublishedAt = new(16, 15, 0);

    public static ReferenceSeries Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"VIX file '{path}' does not exist; set Backtest:VixFile to a date,close CSV (data/vix has one)", path);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var points = new List<(DateTimeOffset, decimal)>();
        var problems = new List<string>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',') ?? [];
        var dateColumn = Array.FindIndex(header, h => h.Trim().Equals("date", StringComparison.OrdinalIgnoreCase));
        var closeColumn = Array.FindIndex(header, h => h.Trim().Equals("close", StringComparison.OrdinalIgnoreCase));
        if (dateColumn < 0 || closeColumn < 0)
            throw new InvalidDataException($"VIX file '{path}' needs 'date' and 'close' columns; its header is '{string.Join(',', header)}'");
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split(',');
            if (cells.Length <= Math.Max(dateColumn, closeColumn)
                || !DateOnly.TryParseExact(cells[dateColumn].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !decimal.TryParse(cells[closeColumn].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var close) || close <= 0)
            {
                if (problems.Count < 10) problems.Add($"line {line}: '{text}' is not an ISO date and a positive close");
                continue;
            }
            var local = date.ToDateTime(TimeOnly.FromTimeSpan(PublishedAt));
            points.Add((new DateTimeOffset(local, newYork.GetUtcOffset(local)).ToUniversalTime(), close));
        }
        if (problems.Count > 0) throw new InvalidDataException($"VIX file '{path}' has bad rows: {string.Join("; ", problems)}");
        return new ReferenceSeries("VIX", points);
    }
}
