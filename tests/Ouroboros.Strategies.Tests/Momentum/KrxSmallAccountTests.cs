using Ouroboros.MarketData;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.Momentum;

public sealed class KrxSmallAccountTests
{
    private const decimal Account = 1_000_000m;

    [Fact]
    public async Task A_one_million_won_account_on_the_bundled_KRX_ETFs_never_goes_negative_and_holds_at_most_N()
    {
        var series = LoadBundledKrxEtfs();
        series.Length.ShouldBeGreaterThanOrEqualTo(3, "the repository bundles KRX ETF files in data/kr");
        var strategy = new MomentumStrategy(new MomentumSettings());
        var result = await Backtests.Run(strategy, series, FillPolicy.NextOpen, cash: Account,
            models: [.. series.Select(_ => KrxVenue.Model())]);

        result.Equity.ShouldAllBe(p => p.Cash >= 0);
        result.FinalCash.ShouldBeGreaterThanOrEqualTo(0);
        result.Fills.Count.ShouldBeGreaterThan(10);
        result.Fills.ShouldAllBe(f => f.Quantity == decimal.Truncate(f.Quantity));
        var held = Backtests.PositionsOverTime(result).Select(p => p.Positions.Count(x => x.Value != 0)).ToList();
        held.Max().ShouldBeLessThanOrEqualTo(strategy.Settings.Top);
        Backtests.PositionsOverTime(result).SelectMany(p => p.Positions.Values).ShouldAllBe(q => q >= 0);
        strategy.Rebalances.Count.ShouldBeGreaterThan(100);
        strategy.Rebalances.ShouldAllBe(r => r.Targets.Count + r.Skipped.Count + r.Kept.Count <= strategy.Settings.Top);
    }

    private static BarSeries[] LoadBundledKrxEtfs()
    {
        var loader = new MarketDataLoader();
        return [.. Directory.GetFiles(RepoPaths.Data("kr"), "krx-*-daily.csv")
            .Order(StringComparer.Ordinal)
            .Select(path => loader.Load(path, new LoadOptions { Venue = Venue.Krx, AssetClass = AssetClass.Etf, UseCache = false }).Series)];
    }
}
