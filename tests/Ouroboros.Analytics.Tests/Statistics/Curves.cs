using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Analytics.Tests.Statistics;

/// <summary>Small builders for equity curves, trades, fills and bar series used by the statistics and report tests.</summary>
internal static class Curves
{
    public static readonly DateTimeOffset Jan1 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Points spaced <paramref name="spacing"/> apart from <paramref name="start"/> (default 1 Jan 2024), cash = equity (flat).</summary>
    public static EquityPoint[] Points(TimeSpan spacing, params decimal[] equity) => Points(Jan1, spacing, equity);

    public static EquityPoint[] Points(DateTimeOffset start, TimeSpan spacing, params decimal[] equity) =>
        equity.Select((e, i) => new EquityPoint(start + (spacing * i), e, e)).ToArray();

    public static EquityPoint[] Daily(params decimal[] equity) => Points(TimeSpan.FromDays(1), equity);

    public static ClosedTrade Trade(decimal gross, decimal fees, int day = 0, int days = 1, string symbol = "AAA") =>
        new(new InstrumentId("CSV:" + symbol), OrderSide.Buy, Jan1.AddDays(day), 100m, Jan1.AddDays(day + days), 100m + gross, 1m, gross, fees);

    public static Fill Fill(OrderSide side, decimal quantity, decimal price, decimal fee, DateTimeOffset time, string symbol = "AAA") =>
        new(new FillId(Guid.NewGuid().ToString()), new ClientOrderId(Guid.NewGuid().ToString()), new InstrumentId("CSV:" + symbol),
            side, quantity, price, fee, time, Liquidity.Taker);

    /// <summary>A daily bar series with the given closes (open = high = low = close), one bar per day from <paramref name="start"/>.</summary>
    public static BarSeries Bars(string symbol, DateTimeOffset start, params decimal[] closes) =>
        new(GenericVenue.Instrument(symbol), BarInterval.OneDay,
            closes.Select((c, i) => new Bar(start.AddDays(i), c, c, c, c, 1000m)).ToArray());
}
