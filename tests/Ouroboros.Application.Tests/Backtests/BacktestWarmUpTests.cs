using System.Text.Json;
using Ouroboros.Core.Sizing;
using Ouroboros.Application.Backtests;
using Ouroboros.Core.Errors;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.Backtests;

/// <summary>The warm-up through the backtest use case: bars before the start date come from the same file and only warm the strategy.</summary>
public sealed class BacktestWarmUpTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");
    private static readonly DateTimeOffset From = new(2020, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static BacktestRequest Request(int warmUp, DateTimeOffset? from) => new()
    {
        Strategy = "sma-cross", Data = [Spy], From = from, WarmUpBars = warmUp, NoRisk = true, Save = false,
        Sizing = SizingPolicy.Parse("fixed:10"), Benchmark = Spy,
    };

    private static async Task<BacktestResult> RunAsync(BacktestRequest request)
    {
        using var app = new TestApplication();
        return await app.Backtests().ExecuteAsync(request);
    }

    [Fact]
    public async Task Warm_up_bars_come_from_before_from_while_statistics_equity_and_benchmark_start_at_from()
    {
        var cold = await RunAsync(Request(0, From));
        var warm = await RunAsync(Request(60, From));

        var w = warm.WarmUp.ShouldNotBeNull();
        w.Bars.ShouldBe(60);
        w.TradeFrom.ShouldBe(From);
        w.LastBar.ShouldBe(new DateTimeOffset(2019, 12, 31, 0, 0, 0, TimeSpan.Zero));
        w.FirstBar.ShouldBe(warm.Data[0].Series[0].Time);
        w.Warning.ShouldBeNull();
        warm.Data[0].Series.Count.ShouldBe(cold.Data[0].Series.Count + 60);
        warm.Run.Equity[0].Time.ShouldBe(From);
        warm.Statistics.Start.ShouldBe(cold.Statistics.Start);
        warm.Statistics.Bars.ShouldBe(cold.Statistics.Bars);
        warm.Statistics.Benchmark.ShouldBe(cold.Statistics.Benchmark);
        warm.Run.Fills.ShouldAllBe(f => f.Time >= From);
        cold.WarmUp.ShouldBeNull();
        (warm.Run.Trades.Select(t => t.EntryTime).FirstOrDefault(DateTimeOffset.MaxValue)
            <= cold.Run.Trades.Select(t => t.EntryTime).FirstOrDefault(DateTimeOffset.MaxValue)).ShouldBeTrue();

        using var json = JsonDocument.Parse(warm.Json);
        var root = json.RootElement;
        root.GetProperty("warmup_bars").GetInt32().ShouldBe(60);
        root.GetProperty("warmup_bars_requested").GetInt32().ShouldBe(60);
        root.GetProperty("trade_from").GetString().ShouldBe("2020-01-02");
        root.GetProperty("warmup_last").GetString().ShouldBe("2019-12-31");
        root.GetProperty("warmup_intents_discarded").GetInt32().ShouldBe(warm.Run.WarmUpIntentsDiscarded);
        w.Describe().ShouldStartWith("60 bars before 2020-01-02 (");
        JsonDocument.Parse(cold.Json).RootElement.TryGetProperty("warmup_bars", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Fewer_bars_before_from_than_asked_warm_up_with_what_there_is_and_say_so()
    {
        var third = new DateTimeOffset(2003, 1, 9, 0, 0, 0, TimeSpan.Zero);

        var outcome = await RunAsync(Request(60, third));

        var w = outcome.WarmUp.ShouldNotBeNull();
        w.Bars.ShouldBe(2);
        w.Warning.ShouldNotBeNull().ShouldContain("fewer than the 60 warm-up bars");
        w.Warning.ShouldContain("2003-01-09");
        outcome.Statistics.Start.ShouldBe(third);
        JsonDocument.Parse(outcome.Json).RootElement.GetProperty("warmup_warning").GetString().ShouldBe(w.Warning);
    }

    [Fact]
    public async Task Without_from_the_first_n_bars_of_the_data_are_warm_up()
    {
        var outcome = await RunAsync(Request(100, null) with { Benchmark = null });

        var first = outcome.Data[0].Series;
        outcome.Run.WarmUpSlices.ShouldBe(100);
        outcome.WarmUp.ShouldNotBeNull().TradeFrom.ShouldBe(first[100].Time);
        outcome.Statistics.Start.ShouldBe(first[100].Time);
        outcome.Statistics.Bars.ShouldBe(first.Count - 100);
    }

    [Theory]
    [InlineData(-1, "«warmup» must be 0 or more bars")]
    [InlineData(1_000_000, "leaves none to trade")]
    public async Task A_negative_or_all_consuming_warm_up_is_refused_with_a_clear_message(int bars, string expected)
    {
        var e = await Should.ThrowAsync<InvalidInputException>(() => RunAsync(Request(bars, null)));
        e.Input.ShouldBe("warmup");
        e.Template.ShouldContain(expected);
    }
}
