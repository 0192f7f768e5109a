using System.Globalization;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Indicators.Tests.Support;

/// <summary>A deliberately tiny reader for the reference quotes (date,open,high,low,close,volume), ascending by date.</summary>
internal static class QuotesCsv
{
    private static readonly Lazy<Bar[]> DefaultBars = new(() => Read(TestDataPath.Of("default.csv")));

    /// <summary>The 502 reference bars of default.csv; shared, so callers must not modify the array.</summary>
    public static Bar[] Default => DefaultBars.Value;

    public static double[] Closes => Select(b => b.Close);

    public static double[] Select(Func<Bar, decimal> field) => Default.Select(b => (double)field(b)).ToArray();

    public static Bar[] Read(string path)
    {
        var lines = File.ReadAllLines(path);
        lines[0].ShouldBe("date,open,high,low,close,volume");
        var bars = new List<Bar>(lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split(',');
            var date = DateTime.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            bars.Add(new Bar(
                new DateTimeOffset(date, TimeSpan.Zero),
                decimal.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return [.. bars.OrderBy(b => b.Time)];
    }
}
