namespace Ouroboros.Cli.Tests.Agent;

/// <summary>Bad configuration stops `run` before anything trades: exit code 2, every problem named at once, no stack trace.</summary>
public sealed class RunConfigurationTests
{
    [Fact]
    public async Task Bad_seed_settings_are_listed_together_in_one_error()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run(), new Dictionary<string, string>
        {
            ["MODE"] = "maybe", ["TRADE_MODE"] = "weekly", ["DAILY_SESSIONS"] = "0",
        });

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("maybe");
        result.Stderr.ShouldContain("weekly");
        result.Stderr.ShouldContain("Agent:DailySessions");
        File.Exists(replay.Journal).ShouldBeFalse();
    }

    [Fact]
    public async Task A_speed_that_is_neither_a_number_nor_max_is_refused()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--speed", "fast"));

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("--speed");
        result.Stderr.ShouldContain("'fast'");
    }

    [Fact]
    public async Task An_until_date_before_the_replayed_data_is_refused_with_the_data_range()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--until", "1999-01-01"));

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("--until 1999-01-01 is before the replayed data starts");
    }

    [Fact]
    public async Task Bad_run_options_are_listed_together_in_one_error()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--speed", "fast", "--days", "0", "--cash", "-5"));

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("--speed must be a positive number of simulated seconds per real second or max, not 'fast'");
        result.Stderr.ShouldContain("--days 0 is too small; use a whole number from 1 to 100000");
        result.Stderr.ShouldContain("--cash -5 is too small; use a number from 0.01 to 1000000000000000");
        result.Stderr.Trim().Split('\n').Length.ShouldBe(1, result.Stderr);
    }

    [Fact]
    public async Task Bybit_without_live_mode_points_at_its_testnet_and_demo_brokers()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--broker", "bybit"));

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("real money");
        result.Stderr.ShouldContain("bybit-testnet or bybit-demo");
        result.Stderr.ShouldNotContain("bybit-vts");
    }

    [Fact]
    public async Task A_real_money_broker_without_live_mode_is_refused_because_it_trades_real_money()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--broker", "kis"));

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("real money");
        result.Stderr.ShouldContain("MODE=live");
        result.Stderr.ShouldContain("kis-vts");
    }

    [Theory]
    [InlineData("bybit", "live")]
    [InlineData("bybit-testnet", "paper")]
    public async Task A_broker_whose_adapter_is_not_built_is_refused_saying_so(string broker, string mode)
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--broker", broker), new Dictionary<string, string> { ["MODE"] = mode });

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("adapter is not part of this build");
    }

    [Theory]
    [InlineData("kis", "live")]
    [InlineData("kis-vts", "paper")]
    public async Task A_KIS_run_without_a_key_is_refused_before_it_starts_naming_every_missing_setting(string broker, string mode)
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run("--broker", broker), new Dictionary<string, string> { ["MODE"] = mode });

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("app key is missing");
        result.Stderr.ShouldContain("app secret is missing");
        result.Stderr.ShouldContain("account number is missing");
    }

    [Fact]
    public async Task Live_mode_with_the_paper_broker_is_refused()
    {
        using var replay = new SmallReplay(rows: 10);

        var result = await AgentCli.RunAsync(replay.Run(), new Dictionary<string, string> { ["MODE"] = "live" });

        ShouldBeRefused(result);
        result.Stderr.ShouldContain("MODE=live needs a real broker");
    }

    private static void ShouldBeRefused(TestKit.CliResult result)
    {
        result.ExitCode.ShouldBe(2, result.Stderr);
        result.Stdout.ShouldNotContain("Ouroboros agent:");
        result.Stderr.ShouldStartWith("error: ");
        result.Stderr.ShouldNotContain("   at ");
        result.Stderr.ShouldNotContain("Exception");
    }
}
