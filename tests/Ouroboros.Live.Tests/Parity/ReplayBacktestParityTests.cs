using Ouroboros.TestKit;
using Ouroboros.Backtest.Engine;
using Ouroboros.Domain.Bars;
using Ouroboros.Live.Agent;
using Ouroboros.Strategies;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Live.Tests.Parity;

/// <summary>
/// The agent on a market replay and a backtest of the same data run the one kernel on the same parts, so they must
/// agree trade for trade: every built-in strategy, with its default parameters, on real KRX daily bars, risk on and off.
/// </summary>
public sealed class ReplayBacktestParityTests
{
    private static readonly Lazy<IReadOnlyList<BarSeries>> Data =
        new(() => KrxData.Daily(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), "069500", "114800", "229200"));

    public static TheoryData<string, bool> Strategies()
    {
        var cases = new TheoryData<string, bool>();
        foreach (var factory in BuiltInStrategies.Factories())
        {
            cases.Add(factory.Name, true);
            cases.Add(factory.Name, false);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task A_replayed_agent_session_trades_exactly_as_the_backtest_of_the_same_data(string strategy, bool riskOn)
    {
        await AssertParityAsync(new ReplayRig(strategy, Data.Value, riskOn));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task With_a_warm_up_the_replay_and_the_backtest_still_agree_trade_for_trade(string strategy, bool riskOn)
    {
        var tradeFrom = Data.Value[0][120].Time;
        await AssertParityAsync(new ReplayRig(strategy, Data.Value, riskOn) { TradeFrom = tradeFrom });
    }

    [Fact]
    public void Every_built_in_strategy_is_covered_by_the_parity_cases()
    {
        var covered = Strategies().Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal);
        covered.ShouldBe(BuiltInStrategies.Registry().All.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    private static async Task AssertParityAsync(ReplayRig rig)
    {
        var context = rig.ToString();
        var backtest = await BacktestRunner.RunAsync(rig.Backtest(), null, CancellationToken.None);
        var journal = new InMemorySessionJournal("parity");
        var outcome = await new AgentRuntime().RunAsync(rig.Agent(journal, "T1"), CancellationToken.None);

        outcome.Status.ShouldBe(Core.Agent.AgentSessionStatus.Finished, context);
        // Momentum's default sizing is above the hard concentration limit: with risk on, its orders are all denied, which
        // the two runs must then agree on.
        backtest.Orders.ShouldNotBeEmpty($"{context}: a parity test needs orders");
        if (!rig.RiskOn) backtest.Fills.ShouldNotBeEmpty($"{context}: a parity test needs trades");
        var orders = await journal.OrdersAsync(CancellationToken.None);
        RunComparison.SameOrders(backtest.Orders, orders, context);
        RunComparison.SameFills(backtest.Fills, await journal.FillsAsync(CancellationToken.None), context);
        RunComparison.SameEquity(backtest.Equity, await journal.EquityAsync(CancellationToken.None), context);
        outcome.Kernel.FinalEquity.ShouldBe(backtest.FinalEquity, context);
        outcome.Kernel.FinalCash.ShouldBe(backtest.FinalCash, context);
        outcome.Kernel.TimeSlices.ShouldBe(backtest.TimeSlices, context);
        outcome.Kernel.WarmUpSlices.ShouldBe(backtest.WarmUpSlices, context);
        orders.ShouldAllBe(o => o.Request.Id.Value.StartsWith("T1-", StringComparison.Ordinal));
        await JournalChecks.AgreesWithRunAsync(journal, outcome.Kernel, rig.Cash, context);
    }
}
