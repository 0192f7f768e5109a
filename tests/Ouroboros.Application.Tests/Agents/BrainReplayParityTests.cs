using Ouroboros.Application.Backtests;
using Ouroboros.Backtest.Engine;
using Ouroboros.Core.Agent;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Application.Tests.Agents;

/// <summary>
/// The brain strategies (rules planner and rules decider: no keys, no model) trade the same on the agent's market
/// replay as in a backtest of the same preparation: each run gets its own preparation, so its own fresh strategy,
/// risk engine and exit rules.
/// </summary>
public sealed class BrainReplayParityTests
{
    private static readonly string[] Data =
        [RepoPaths.Data("kr", "krx-069500-daily.csv"), RepoPaths.Data("kr", "krx-091160-daily.csv"), RepoPaths.Data("kr", "krx-114800-daily.csv")];

    [Theory]
    [InlineData("playbook", true)]
    [InlineData("playbook", false)]
    [InlineData("llm", true)]
    [InlineData("llm", false)]
    public async Task A_replayed_agent_session_of_a_brain_strategy_trades_exactly_as_its_backtest(string strategy, bool riskOn)
    {
        using var app = new TestApplication();
        var request = new BacktestRequest
        {
            Strategy = strategy, Data = Data, Venue = Venue.Krx, Cash = 10_000_000m, Save = false, NoRisk = !riskOn,
            // A quarter (after the 120-bar warm-up the brain strategies take before From) keeps the runs short.
            From = new DateTimeOffset(2023, 9, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2023, 12, 22, 0, 0, 0, TimeSpan.Zero),
            VixFile = RepoPaths.Data("vix", "VIX-close-daily-1993-2025.csv"),
        };
        var preparation = app.Preparation();
        var forBacktest = await preparation.PrepareAsync(request, liveRisk: false, CancellationToken.None);
        var forAgent = await preparation.PrepareAsync(request, liveRisk: false, CancellationToken.None);
        forAgent.Spec.Strategy.ShouldNotBeSameAs(forBacktest.Spec.Strategy);
        forAgent.Spec.Risk.ShouldNotBeSameAs(forBacktest.Spec.Risk);
        var context = $"{strategy} risk {(riskOn ? "on" : "off")}";

        var backtest = await BacktestRunner.RunAsync(forBacktest.Spec, null, CancellationToken.None);
        var s = forAgent.Spec;
        var journal = new InMemorySessionJournal("parity");
        var outcome = await new AgentRuntime().RunAsync(new AgentRunSpec(s.Series, s.Strategy, s.VenueModels, s.FillPolicy, s.Sizing, s.Risk,
            s.InitialCash, journal, "T1")
        {
            Exits = s.Exits,
            Calendar = s.Calendar,
            TradeFrom = s.TradeFrom,
        }, CancellationToken.None);

        outcome.Status.ShouldBe(AgentSessionStatus.Finished, context);
        s.TradeFrom.ShouldBe(request.From, $"{context}: the brain strategies warm up before From");
        backtest.Orders.ShouldNotBeEmpty($"{context}: a parity test needs orders");
        var orders = await journal.OrdersAsync(CancellationToken.None);
        RunComparison.SameOrders(backtest.Orders, orders, context);
        RunComparison.SameFills(backtest.Fills, await journal.FillsAsync(CancellationToken.None), context);
        RunComparison.SameEquity(backtest.Equity, await journal.EquityAsync(CancellationToken.None), context);
        outcome.Kernel.FinalEquity.ShouldBe(backtest.FinalEquity, context);
        outcome.Kernel.FinalCash.ShouldBe(backtest.FinalCash, context);
        outcome.Kernel.WarmUpSlices.ShouldBe(backtest.WarmUpSlices, context);
        var last = (await journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        last.Equity.ShouldBe(backtest.FinalEquity, context);
        last.SlicesDone.ShouldBe(backtest.WarmUpSlices + backtest.TimeSlices, $"{context}: checkpoints count warm-up slices too");
    }
}
