using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Backtest.Engine;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Risk.Engine;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Simulated.Tests;

/// <summary>The simulated broker's own ledger answers account queries like a real broker and agrees with the kernel.</summary>
public sealed class PaperAccountTests
{
    private static async Task<(KernelResult Result, IBrokerAccount Account)> RunAsync(ScriptedStrategy strategy, IReadOnlyList<BarSeries> series, decimal cash = 100_000m)
    {
        var models = series.Select(_ => GenericVenue.Model(0.001m)).ToArray();
        var spec = new BacktestSpec(series, strategy, "scripted", new Dictionary<string, string>(), cash, models, FillPolicy.NextOpen,
            SizingPolicy.Parse("fixed:10"), RiskEngine.None);
        return await BacktestRunner.RunWithAccountAsync(spec);
    }

    private static async Task ShouldAgreeAsync(KernelResult result, IBrokerAccount account)
    {
        var snapshot = (await account.QueryAccountAsync(CancellationToken.None)).Value.ShouldNotBeNull();
        snapshot.Cash.ShouldBe(result.FinalCash);
        var kernelPositions = result.OpenTrades.ToDictionary(t => t.Instrument, t => t.Quantity * t.Direction.Sign());
        snapshot.Positions.OrderBy(p => p.Key.Value).ShouldBe(kernelPositions.OrderBy(p => p.Key.Value));
        foreach (var order in result.Orders)
        {
            var state = (await account.QueryOrderAsync(order.Request.Id, CancellationToken.None)).Value.ShouldNotBeNull();
            state.Status.ShouldBe(order.Status, order.Request.Id.Value);
            state.FilledQuantity.ShouldBe(order.FilledQuantity, order.Request.Id.Value);
        }
        snapshot.WorkingOrders.Select(o => o.OrderId).Order().ShouldBe(result.Orders.Where(o => o.Status.IsWorking()).Select(o => o.Request.Id).Order());
    }

    [Fact]
    public async Task After_a_backtest_the_paper_ledger_holds_the_kernels_cash_and_positions_to_the_last_decimal()
    {
        var a = BarBuilder.FromCloses([100.37m, 101.13m, 99.91m, 102.45m, 103.07m, 101.99m], GenericVenue.Instrument("A"));
        var b = BarBuilder.FromCloses([50.21m, 49.87m, 51.03m, 52.11m, 50.77m, 51.49m], GenericVenue.Instrument("B"));
        var s = new ScriptedStrategy()
            .Buy(0, 0, new SizeSpec.FixedQuantity(30))
            .Buy(0, 1, new SizeSpec.FixedQuantity(70))
            .Sell(2, 0, new SizeSpec.FixedQuantity(11))
            .Buy(3, 1, new SizeSpec.FixedQuantity(5), OrderType.Limit, limit: 1m, tif: TimeInForce.GoodTillCancelled);

        var (result, account) = await RunAsync(s, [a, b]);

        result.Fills.Count.ShouldBe(3);
        await ShouldAgreeAsync(result, account);
        var snapshot = (await account.QueryAccountAsync(CancellationToken.None)).Value!;
        snapshot.Positions[a.Instrument.Id].ShouldBe(19m);
        snapshot.WorkingOrders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Accepted);
    }

    [Fact]
    public void Any_sequence_of_trades_leaves_the_ledger_equal_to_the_kernels_portfolio() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var series = new[] { "A", "B" }.Select((name, i) =>
                BarBuilder.FromCloses(BarBuilder.RandomWalk(seed + i, 30), GenericVenue.Instrument(name))).ToArray();
            var s = new ScriptedStrategy();
            for (var slice = 0; slice < 28; slice++)
            {
                var instrument = random.Next(0, 2);
                var size = new SizeSpec.FixedQuantity(random.Next(1, 40));
                _ = random.Next(0, 4) switch
                {
                    0 => s.Buy(slice, instrument, size),
                    1 => s.Sell(slice, instrument, size),
                    2 => s.Close(slice, instrument),
                    _ => s,
                };
            }
            var (result, account) = RunAsync(s, series, cash: 5_000m).GetAwaiter().GetResult();
            ShouldAgreeAsync(result, account).GetAwaiter().GetResult();
            return true;
        }));

    [Fact]
    public async Task An_order_is_found_by_its_client_order_id_whether_filled_cancelled_or_expired_and_never_received_is_null()
    {
        // The first buy was affordable at 100 but the next open is 150: the broker cancels it at the fill.
        var bars = SimRun.Bars((100, 100, 100, 100), (150, 150, 150, 150), (150, 150, 150, 150), (150, 150, 150, 150));
        var s = new ScriptedStrategy()
            .Buy(0, size: new SizeSpec.FixedQuantity(100))
            .Buy(1, size: new SizeSpec.FixedQuantity(10))
            .Buy(2, size: new SizeSpec.FixedQuantity(1), type: OrderType.Limit, limit: 1m);

        var (result, account) = await RunAsync(s, [bars], cash: 11_000m);

        var statuses = new List<OrderStatus>();
        foreach (var order in result.Orders)
            statuses.Add((await account.QueryOrderAsync(order.Request.Id, CancellationToken.None)).Value!.Status);
        statuses.ShouldBe([OrderStatus.Cancelled, OrderStatus.Filled, OrderStatus.Expired]);
        var filled = (await account.QueryOrderAsync(result.Orders[1].Request.Id, CancellationToken.None)).Value!;
        filled.Fills.ShouldHaveSingleItem().ShouldBe(result.Fills[0]);
        filled.BrokerOrderId.ShouldNotBeNull();
        var unknown = await account.QueryOrderAsync(new ClientOrderId("never-sent"), CancellationToken.None);
        unknown.IsSuccess.ShouldBeTrue();
        unknown.Value.ShouldBeNull();
    }

    [Fact]
    public async Task An_account_never_opened_is_a_failed_query_not_an_empty_account()
    {
        var broker = new SimulatedBroker([GenericVenue.Instrument("A")], [GenericVenue.Model(0m)], FillPolicy.NextOpen, BarInterval.OneDay,
            new SimulatedTimeProvider(BarBuilder.Start));

        var result = await broker.QueryAccountAsync(CancellationToken.None);

        result.IsSuccess.ShouldBeFalse();
        result.Error!.Message.ShouldContain("not been opened");
    }

    [Fact]
    public async Task Opening_the_account_with_positions_shows_them_to_the_next_query()
    {
        var spy = GenericVenue.Instrument("SPY");
        var broker = new SimulatedBroker([spy], [GenericVenue.Model(0m)], FillPolicy.NextOpen, BarInterval.OneDay,
            new SimulatedTimeProvider(BarBuilder.Start), initialCash: 1_000m);

        broker.OpenAccount(2_500m, new Dictionary<InstrumentId, decimal> { [spy.Id] = 40m });
        var snapshot = (await broker.QueryAccountAsync(CancellationToken.None)).Value!;

        snapshot.Cash.ShouldBe(2_500m);
        snapshot.Positions.ShouldHaveSingleItem().ShouldBe(new KeyValuePair<InstrumentId, decimal>(spy.Id, 40m));
        snapshot.WorkingOrders.ShouldBeEmpty();
        snapshot.At.ShouldBe(BarBuilder.Start);
    }
}
