using Ouroboros.Backtest.Engine;
using Ouroboros.MarketData;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Calendars;

/// <summary>A daily strategy on real KRX data of 2025–2026 rebalances on the first KRX trading day of each month.</summary>
public sealed class KrxTradingDayRebalanceTests
{
    [Fact]
    public async Task Monthly_momentum_on_krx_data_rebalances_on_the_first_krx_trading_day_of_each_month()
    {
        var file = RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv");
        var series = new MarketDataLoader(null).Load(file, new LoadOptions { Venue = Venue.Krx, UseCache = false }).Series;
        var strategy = new MomentumStrategy(new MomentumSettings(Lookback: 20, Skip: 5, Top: 1));
        var spec = new BacktestSpec([series], strategy, "momentum", new Dictionary<string, string>(), 10_000_000m,
            [VenueRules.Model(Venue.Krx, null)], FillPolicy.NextOpen, SizingPolicy.Parse("percent:10"), RiskEngine.None)
        {
            Calendar = MarketCalendars.Krx,
        };

        var result = await BacktestRunner.RunAsync(spec, null, CancellationToken.None);

        var krx = MarketCalendars.Krx;
        var rebalanceDays = strategy.Rebalances.Select(r => DateOnly.FromDateTime(r.Time.UtcDateTime)).ToList();
        rebalanceDays.Count.ShouldBe(15, "Feb 2025 to Apr 2026: one rebalance per new month");
        foreach (var day in rebalanceDays)
        {
            var first = krx.TradingDaysBetween(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)).First();
            day.ShouldBe(first, $"the first KRX trading day of {day:yyyy-MM}");
        }
        // Holidays moved the rebalance: 2025-10-01 is a trading day, but 2026-01-01 is New Year's Day and 2026-03-02
        // the substitute holiday for Independence Movement Day.
        rebalanceDays.ShouldContain(new DateOnly(2026, 1, 2));
        rebalanceDays.ShouldContain(new DateOnly(2026, 3, 3));
        result.Orders.ShouldNotBeEmpty();
        result.Orders.ShouldAllBe(o => krx.IsTradingDay(DateOnly.FromDateTime(o.Request.CreatedAt.UtcDateTime)));
        result.SessionEvents.ShouldBeGreaterThan(0);
    }
}
