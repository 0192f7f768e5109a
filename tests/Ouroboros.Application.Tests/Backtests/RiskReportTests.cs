using Ouroboros.Backtest.Engine;
using Ouroboros.MarketData;
using Ouroboros.Core.Sizing;
using Ouroboros.Strategies;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Application.Backtests;
using Ouroboros.Core.Errors;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Policy;
using Ouroboros.TestKit;
using Ouroboros.Risk.Events;

namespace Ouroboros.Application.Tests.Backtests;

/// <summary>The risk report of a backtest: counts per rule, and what-if replays that really re-run the backtest.</summary>
public sealed class RiskReportTests
{
    private static readonly string Vix = RepoPaths.Data("vix", "VIX-close-daily-1993-2025.csv");
    private static readonly string Kodex = RepoPaths.Data("kr", "krx-069500-daily.csv");

    private static BacktestRequest Request() => new()
    {
        Strategy = "sma-cross", Data = [Kodex], Cash = 10_000_000m, Venue = Venue.Krx, VixFile = Vix,
        Sizing = SizingPolicy.Parse("percent:10"), RiskReport = true, Save = false,
    };

    private static async Task<BacktestResult> RunAsync(BacktestRequest request)
    {
        using var app = new TestApplication();
        return await app.Backtests().ExecuteAsync(request);
    }

    [Fact]
    public async Task Each_rule_row_counts_the_rules_denials_and_replays_the_run_without_only_that_rule()
    {
        var outcome = await RunAsync(Request());

        var report = outcome.RiskReport.ShouldNotBeNull();
        report.FinalEquity.ShouldBe(outcome.Run.FinalEquity);
        var vix = report.Rules.Single(r => r.Rule == "vix_halt");
        vix.Denials.ShouldBe(outcome.Run.RiskDecisions.Count(d => !d.Approved && d.Gate == "vix_halt"));
        vix.Denials.ShouldBeGreaterThan(0, "2008 and 2020 had VIX closes above 35");

        // An independent replay with the VIX halt off must end exactly where the report says.
        var withoutVix = await ReplayWithoutAsync("vix_halt");
        vix.FinalEquityWithout.ShouldBe(withoutVix.FinalEquity);
        vix.EquityDelta.ShouldBe(withoutVix.FinalEquity - outcome.Run.FinalEquity);
        vix.RevivedOrders.ShouldBe(vix.Denials);

        var exits = report.Rules.Single(r => r.Rule == StandardRiskEngine.ExitRules);
        report.ExitSignals.ShouldBe(outcome.Run.RiskEvents.Count(e => e.Kind == RiskEventKind.ExitSignal));
        exits.FinalEquityWithout.ShouldBe((await ReplayWithoutAsync(StandardRiskEngine.ExitRules)).FinalEquity);
    }

    [Fact]
    public async Task Without_the_risk_report_no_replay_runs_and_with_no_risk_there_is_nothing_to_report()
    {
        (await RunAsync(Request() with { RiskReport = false })).RiskReport.ShouldBeNull();
        (await RunAsync(Request() with { NoRisk = true })).RiskReport.ShouldBeNull();
    }

    [Fact]
    public async Task Every_verdict_carries_the_figures_it_was_decided_on()
    {
        var outcome = await RunAsync(Request() with { RiskReport = false });

        outcome.Run.RiskDecisions.ShouldNotBeEmpty();
        outcome.Run.RiskDecisions.ShouldAllBe(d => d.Inputs.Contains("\"equity\":", StringComparison.Ordinal));
        var denied = outcome.Run.RiskDecisions.First(d => !d.Approved);
        denied.Inputs.ShouldContain("\"vix\":");
    }

    [Fact]
    public async Task A_missing_vix_file_is_a_clear_error_for_krx_data_with_risk_on()
    {
        var e = await Should.ThrowAsync<DataProblemException>(() => RunAsync(Request() with { VixFile = "/nonexistent/vix.csv" }));
        e.Input.ShouldBe("vix");
        e.Message.ShouldContain("/nonexistent/vix.csv");
        e.Message.ShouldContain("Backtest:VixFile");
    }

    private static async Task<Core.Kernel.KernelResult> ReplayWithoutAsync(string rule)
    {
        var loaded = new MarketDataLoader(null).Load(Kodex, new LoadOptions { Venue = Venue.Krx, UseCache = false });
        var env = new RiskEnvironment(RiskPolicy.Hard, VixSeriesLoader.Load(Vix), MarketCalendars.Krx, []);
        var without = new HashSet<string> { rule };
        var strategy = BuiltInStrategies.Registry().Create("sma-cross", new Dictionary<string, string>()).Strategy;
        var spec = new BacktestSpec([loaded.Series], strategy, "sma-cross", new Dictionary<string, string>(), 10_000_000m,
            [VenueRules.Model(Venue.Krx, null)], Brokers.Simulated.FillPolicy.NextOpen, SizingPolicy.Parse("percent:10"),
            StandardRiskEngine.Create(env, backtest: true, without))
        {
            Calendar = MarketCalendars.Krx,
            Exits = StandardRiskEngine.Exits(env, without),
        };
        return await BacktestRunner.RunAsync(spec, null, CancellationToken.None);
    }

    [Fact]
    public void Denials_by_the_trading_state_are_replayed_without_the_daily_pnl_triggers_and_gates_without_themselves()
    {
        RiskWhatIf.RulesSwitchedOff(RiskEngine.StateGate).ShouldBe(["circuit_breaker", "daily_loss_limit"], ignoreOrder: true);
        RiskWhatIf.RulesSwitchedOff("vix_halt").ShouldBe(["vix_halt"]);
        RiskWhatIf.RulesSwitchedOff(StandardRiskEngine.ExitRules).ShouldBe([StandardRiskEngine.ExitRules]);
    }
}
