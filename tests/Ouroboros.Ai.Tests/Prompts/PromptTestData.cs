using Ouroboros.Domain.Venues;
using Ouroboros.Ai.Prompts;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Ai.Tests.Prompts;

internal static class PromptTestData
{
    public static readonly Instrument Samsung = KrxVenue.Stock("005930", "Samsung");
    public static readonly Instrument Bitcoin = BybitVenue.Spot("BTCUSDT", 0.1m, 0.001m, 0.001m);

    /// <summary>A gentle random walk from 100, one bar every <paramref name="step"/>, deterministic for a seed.</summary>
    public static Bar[] Walk(DateTimeOffset start, TimeSpan step, int count, int seed)
    {
        var random = new Random(seed);
        var bars = new Bar[count];
        var close = 100m;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            close = Math.Max(1m, Math.Round(open * (1m + ((decimal)random.Next(-200, 201) / 10_000m)), 2));
            var high = Math.Max(open, close) + (decimal)random.Next(0, 100) / 100m;
            var low = Math.Max(0.5m, Math.Min(open, close) - ((decimal)random.Next(0, 100) / 100m));
            bars[i] = new Bar(start + (step * i), open, high, low, close, 1_000m + random.Next(0, 50_000));
        }
        return bars;
    }

    public static Bar Bar(DateTimeOffset time, decimal o, decimal h, decimal l, decimal c, decimal v) => new(time, o, h, l, c, v);

    public static DateTimeOffset Utc(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);
}
