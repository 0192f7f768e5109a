using Ouroboros.Application.Backtests;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.Backtests;

/// <summary>The backtest use case called directly, as every front end calls it.</summary>
public sealed class RunBacktestTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");

    private static BacktestRequest Request() => new()
    {
        Strategy = "sma-cross", Data = [Spy], NoRisk = true, Sizing = SizingPolicy.Parse("fixed:10"),
        From = new DateTimeOffset(2019, 1, 2, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2021, 12, 31, 0, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task A_backtest_on_bundled_data_computes_statistics_and_journals_the_run()
    {
        using var app = new TestApplication();

        var result = await app.Backtests().ExecuteAsync(Request());

        result.Saved.ShouldBeTrue();
        result.Journal.ShouldBe(app.Name);
        result.Statistics.Bars.ShouldBeGreaterThan(700);
        result.Run.Orders.ShouldNotBeEmpty();
        var stored = await app.Runs().ShowAsync(result.RunId.Value);
        stored.Summary.Strategy.ShouldBe("sma-cross");
        (await app.Runs().ListAsync(10)).ShouldHaveSingleItem().Id.ShouldBe(result.RunId);
    }

    [Fact]
    public async Task The_same_request_gives_the_same_figures_twice()
    {
        using var app = new TestApplication();

        var first = await app.Backtests().ExecuteAsync(Request() with { Save = false });
        var second = await app.Backtests().ExecuteAsync(Request() with { Save = false });

        second.Statistics.FinalEquity.ShouldBe(first.Statistics.FinalEquity);
        second.Run.Fills.Count.ShouldBe(first.Run.Fills.Count);
    }

    public static TheoryData<string, BacktestRequest> BadInputs() => new()
    {
        { "cash", Request() with { Cash = 0m } },
        { "commission-pct", Request() with { CommissionPct = 100m } },
        { "warmup", Request() with { WarmUpBars = -1 } },
        { "data", Request() with { Data = [] } },
        { "from", Request() with { From = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero) } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_typed_user_error_naming_the_input(string input, BacktestRequest request)
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<InvalidInputException>(() => app.Backtests().ExecuteAsync(request));

        error.Input.ShouldBe(input);
    }

    [Fact]
    public async Task A_missing_data_file_is_a_data_problem_that_says_which_file()
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<DataProblemException>(() => app.Backtests().ExecuteAsync(Request() with { Data = ["/nowhere/x.csv"] }));

        error.Input.ShouldBe("data");
        error.Message.ShouldContain("/nowhere/x.csv");
    }

    [Fact]
    public async Task Error_messages_name_inputs_neutrally_and_a_front_end_renders_them_its_own_way()
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<InvalidInputException>(() => app.Backtests().ExecuteAsync(Request() with { WarmUpBars = -5 }));

        error.Message.ShouldBe("warmup must be 0 or more bars, not -5; e.g. warmup 60");
        error.Message.ShouldNotContain("--");
        error.Describe(name => "--" + name).ShouldBe("--warmup must be 0 or more bars, not -5; e.g. --warmup 60");
    }

    [Fact]
    public async Task A_brain_strategy_on_a_host_without_the_llm_runtime_is_a_configuration_error()
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<StrategyConfigurationException>(() => app.Backtests(withBrain: false).ExecuteAsync(Request() with { Strategy = "playbook" }));

        error.Message.ShouldContain("needs the LLM runtime");
    }

    [Fact]
    public async Task An_unknown_strategy_lists_every_strategy_brain_ones_included()
    {
        using var app = new TestApplication();

        var error = await Should.ThrowAsync<StrategyConfigurationException>(() => app.Backtests().ExecuteAsync(Request() with { Strategy = "nope" }));

        error.Message.ShouldContain("llm, momentum, playbook, sma-cross, triple-rsi");
    }
}
