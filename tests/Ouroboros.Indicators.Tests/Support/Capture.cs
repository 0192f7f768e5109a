using Ouroboros.Domain.Bars;

namespace Ouroboros.Indicators.Tests.Support;

/// <summary>Runs a streaming indicator bar by bar and records chosen outputs after every update.</summary>
internal static class Capture
{
    public static Dictionary<string, double?[]> OverBars<T>(IReadOnlyList<Bar> bars, T indicator, params (string Field, Func<T, double?> Read)[] fields)
        where T : IIndicator
    {
        var result = fields.ToDictionary(f => f.Field, _ => new double?[bars.Count]);
        for (var i = 0; i < bars.Count; i++)
        {
            indicator.Update(bars[i]);
            foreach (var (field, read) in fields) result[field][i] = read(indicator);
        }

        return result;
    }

    public static Dictionary<string, double?[]> OverValues<T>(IReadOnlyList<double> values, T indicator, params (string Field, Func<T, double?> Read)[] fields)
        where T : IPriceIndicator
    {
        var result = fields.ToDictionary(f => f.Field, _ => new double?[values.Count]);
        for (var i = 0; i < values.Count; i++)
        {
            indicator.Update(values[i]);
            foreach (var (field, read) in fields) result[field][i] = read(indicator);
        }

        return result;
    }

    public static double?[] Values<T>(IReadOnlyList<double> values, T indicator, Func<T, double?> read)
        where T : IPriceIndicator => OverValues(values, indicator, ("v", read))["v"];

    public static double?[] Bars<T>(IReadOnlyList<Bar> bars, T indicator, Func<T, double?> read)
        where T : IIndicator => OverBars(bars, indicator, ("v", read))["v"];
}
