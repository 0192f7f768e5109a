using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Bars;
using Ouroboros.MarketData.Live;

namespace Ouroboros.MarketData.Tests.Live;

public sealed class LiveBarAggregatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 9, 0, 0, 0, TimeSpan.Zero);
    private static readonly BarInterval OneMinute = BarInterval.OneMinute;

    [Fact]
    public void A_trade_in_a_later_minute_closes_the_previous_bar_with_its_ohlcv()
    {
        var aggregator = new LiveBarAggregator(1, OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();

        aggregator.OnTrade(0, T0.AddSeconds(1), 100m, 2m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(20), 104m, 1m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(40), 99m, 3m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(59), 101m, 1m, closed);
        closed.ShouldBeEmpty();
        aggregator.OnTrade(0, T0.AddSeconds(61), 102m, 5m, closed);

        closed.ShouldBe([new ClosedBar(0, new Bar(T0, 100m, 104m, 99m, 101m, 7m))]);
    }

    [Fact]
    public void The_open_bar_shows_the_trades_so_far_and_is_null_before_the_first_and_after_it_closes()
    {
        var aggregator = new LiveBarAggregator(2, OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();
        aggregator.OpenBar(0).ShouldBeNull();

        aggregator.OnTrade(0, T0.AddSeconds(1), 100m, 2m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(20), 97m, 1m, closed);

        aggregator.OpenBar(0).ShouldBe(new Bar(T0, 100m, 100m, 97m, 97m, 3m));
        aggregator.OpenBar(1).ShouldBeNull();
        aggregator.CloseDue(T0.AddMinutes(1), closed);
        aggregator.OpenBar(0).ShouldBeNull();
    }

    [Fact]
    public void Prints_out_of_order_within_a_bar_give_open_and_close_by_trade_time()
    {
        var aggregator = new LiveBarAggregator(1, OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();

        aggregator.OnTrade(0, T0.AddSeconds(30), 100m, 1m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(5), 98m, 1m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(50), 103m, 1m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(45), 97m, 1m, closed);
        aggregator.CloseDue(T0.AddMinutes(1), closed);

        closed.ShouldHaveSingleItem().Bar.ShouldBe(new Bar(T0, 98m, 103m, 97m, 103m, 4m));
    }

    [Fact]
    public void A_quiet_instrument_closes_its_bar_only_after_the_grace_for_late_prints()
    {
        var aggregator = new LiveBarAggregator(2, OneMinute, TimeSpan.FromSeconds(2));
        var closed = new List<ClosedBar>();
        aggregator.OnTrade(1, T0.AddSeconds(10), 50m, 1m, closed);

        aggregator.CloseDue(T0.AddSeconds(61), closed);
        closed.ShouldBeEmpty();
        aggregator.CloseDue(T0.AddSeconds(62), closed);

        closed.ShouldBe([new ClosedBar(1, new Bar(T0, 50m, 50m, 50m, 50m, 1m))]);
    }

    [Fact]
    public void A_minute_without_trades_makes_no_bar_rather_than_a_zero_bar()
    {
        var aggregator = new LiveBarAggregator(1, OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();

        aggregator.OnTrade(0, T0.AddSeconds(1), 10m, 1m, closed);
        aggregator.OnTrade(0, T0.AddMinutes(3), 11m, 1m, closed);
        aggregator.CloseDue(T0.AddMinutes(10), closed);

        closed.Select(c => c.Bar.Time).ShouldBe([T0, T0.AddMinutes(3)]);
    }

    [Fact]
    public void A_trade_for_a_bar_already_closed_is_dropped_and_counted_never_changing_the_bar()
    {
        var aggregator = new LiveBarAggregator(1, OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();
        aggregator.OnTrade(0, T0.AddSeconds(1), 10m, 1m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(70), 11m, 1m, closed);

        aggregator.OnTrade(0, T0.AddSeconds(59), 500m, 9m, closed);

        aggregator.LateTrades.ShouldBe(1);
        closed.ShouldHaveSingleItem().Bar.High.ShouldBe(10m);
    }

    [Fact]
    public void Instruments_are_aggregated_independently()
    {
        var aggregator = new LiveBarAggregator(2, OneMinute, TimeSpan.Zero);
        var closed = new List<ClosedBar>();
        aggregator.OnTrade(0, T0.AddSeconds(1), 10m, 1m, closed);
        aggregator.OnTrade(1, T0.AddSeconds(2), 20m, 1m, closed);
        aggregator.OnTrade(0, T0.AddSeconds(61), 11m, 1m, closed);

        closed.ShouldBe([new ClosedBar(0, new Bar(T0, 10m, 10m, 10m, 10m, 1m))]);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1440)]
    public void An_interval_that_does_not_divide_a_day_is_refused(int minutes) =>
        Should.Throw<ArgumentException>(() => new LiveBarAggregator(1, new BarInterval(TimeSpan.FromMinutes(minutes)), TimeSpan.Zero))
            .Message.ShouldContain("divides a day");

    [Fact]
    public void A_non_positive_price_is_refused_with_its_value()
    {
        var aggregator = new LiveBarAggregator(1, OneMinute, TimeSpan.Zero);
        Should.Throw<ArgumentOutOfRangeException>(() => aggregator.OnTrade(0, T0, 0m, 1m, [])).Message.ShouldContain("positive");
    }

    [Fact]
    public void Bars_from_trades_in_time_order_equal_the_trades_grouped_by_bucket()
    {
        var trade = from second in Gen.Choose(0, 3_600)
                    from cents in Gen.Choose(1, 100_000)
                    from size in Gen.Choose(0, 50)
                    select (Second: second, Price: cents / 100m, Size: (decimal)size);
        var interval = BarInterval.FifteenMinutes;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Gen.ListOf(trade).ToArbitrary(), trades =>
        {
            var ordered = trades.OrderBy(t => t.Second).ToList();
            var aggregator = new LiveBarAggregator(1, interval, TimeSpan.Zero);
            var closed = new List<ClosedBar>();
            foreach (var t in ordered) aggregator.OnTrade(0, T0.AddSeconds(t.Second), t.Price, t.Size, closed);
            aggregator.CloseDue(T0.AddHours(2), closed);

            var expected = ordered.GroupBy(t => t.Second / 900).Select(g => new Bar(T0.AddMinutes(15 * g.Key),
                g.First().Price, g.Max(t => t.Price), g.Min(t => t.Price), g.Last().Price, g.Sum(t => t.Size))).ToList();
            closed.Select(c => c.Bar).ShouldBe(expected);
            aggregator.LateTrades.ShouldBe(0);
        }));
    }
}
