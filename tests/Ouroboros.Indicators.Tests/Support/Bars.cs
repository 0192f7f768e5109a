using Ouroboros.Domain.Bars;

namespace Ouroboros.Indicators.Tests.Support;

internal static class Bars
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Bar At(int day, decimal open, decimal high, decimal low, decimal close, decimal volume = 1000) =>
        new(Start.AddDays(day), open, high, low, close, volume);

    public static Bar[] Flat(int count, decimal price, decimal volume = 1000) =>
        Enumerable.Range(0, count).Select(i => At(i, price, price, price, price, volume)).ToArray();
}
