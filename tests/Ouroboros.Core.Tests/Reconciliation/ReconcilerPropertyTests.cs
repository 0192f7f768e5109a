using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Reconciliation;

/// <summary>The comparison finds nothing in agreement, exactly the injected difference otherwise, whatever the order.</summary>
public sealed class ReconcilerPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();
    private static readonly Arbitrary<decimal> NonZero = Gen.Choose(-1_000_000, 1_000_000).Where(x => x != 0).Select(x => x / 100m).ToArbitrary();

    private static ReconcileDifferenceKind[] Kinds(ReconcileReport report) => [.. report.Differences.Select(d => d.Kind)];

    [Fact]
    public void Comparing_an_account_with_itself_finds_no_difference() =>
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var a = Accounts.Build(seed);
            return Reconciler.Compare(a.Local, a.Broker).IsMatched;
        }));

    [Fact]
    public void A_cash_change_at_the_broker_is_exactly_one_cash_difference() =>
        Check.One(Runs, Prop.ForAll(Seeds, NonZero, (seed, delta) =>
        {
            var a = Accounts.Build(seed);
            var report = Reconciler.Compare(a.Local, a.Broker with { Cash = a.Broker.Cash + delta });
            return Kinds(report).SequenceEqual([ReconcileDifferenceKind.CashDiffers])
                && report.Differences[0].Local == a.Local.Cash && report.Differences[0].Broker == a.Broker.Cash + delta;
        }));

    [Fact]
    public void A_cash_change_within_the_tolerance_is_no_difference() =>
        Check.One(Runs, Prop.ForAll(Seeds, NonZero, (seed, delta) =>
        {
            var a = Accounts.Build(seed);
            var options = new ReconcileOptions { CashTolerance = Math.Abs(delta) };
            return Reconciler.Compare(a.Local, a.Broker with { Cash = a.Broker.Cash + delta }, options).IsMatched;
        }));

    [Fact]
    public void A_position_change_at_the_broker_is_exactly_one_position_difference_or_a_missing_position() =>
        Check.One(Runs, Prop.ForAll(Seeds, Gen.Choose(0, 7).ToArbitrary(), Gen.Choose(-600, 600).Where(x => x != 0).ToArbitrary(), (seed, i, delta) =>
        {
            var a = Accounts.Build(seed);
            var instrument = Accounts.Instrument(i);
            var ours = a.Local.Positions.GetValueOrDefault(instrument);
            var positions = new Dictionary<InstrumentId, decimal>(a.Broker.Positions) { [instrument] = ours + delta };
            var expected = ours + delta == 0 ? ReconcileDifferenceKind.PositionMissingAtBroker : ReconcileDifferenceKind.PositionDiffers;
            var report = Reconciler.Compare(a.Local, a.Broker with { Positions = positions });
            var difference = report.Differences.ShouldHaveSingleItem();
            return difference.Kind == expected && difference.Instrument == instrument && difference.IsExternal == (ours == 0);
        }));

    [Fact]
    public void An_order_the_broker_dropped_is_exactly_one_order_unknown_to_the_broker() =>
        Check.One(Runs, Prop.ForAll(Seeds.Filter(s => Accounts.Build(s).Broker.WorkingOrders.Count > 0), Gen.Choose(0, 10).ToArbitrary(), (seed, pick) =>
        {
            var a = Accounts.Build(seed);
            var dropped = a.Broker.WorkingOrders[pick % a.Broker.WorkingOrders.Count];
            var report = Reconciler.Compare(a.Local, a.Broker with { WorkingOrders = [.. a.Broker.WorkingOrders.Where(o => o != dropped)] });
            var difference = report.Differences.ShouldHaveSingleItem();
            return difference.Kind == ReconcileDifferenceKind.OrderUnknownToBroker && difference.OrderId == dropped.OrderId;
        }));

    [Fact]
    public void An_order_we_never_sent_is_exactly_one_external_order() =>
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var a = Accounts.Build(seed);
            var report = Reconciler.Compare(a.Local, a.Broker with { WorkingOrders = [.. a.Broker.WorkingOrders, Accounts.External("X-1")] });
            var difference = report.Differences.ShouldHaveSingleItem();
            return difference.Kind == ReconcileDifferenceKind.OrderUnknownLocally && difference.IsExternal;
        }));

    [Fact]
    public void The_report_does_not_depend_on_the_order_of_dictionaries_and_lists() =>
        Check.One(Runs, Prop.ForAll(Seeds, Seeds, NonZero, (seed, shuffle, delta) =>
        {
            var a = Accounts.Build(seed);
            var random = new Random(shuffle);
            var broker = a.Broker with
            {
                Cash = a.Broker.Cash + delta,
                Positions = new Dictionary<InstrumentId, decimal>(a.Broker.Positions) { [Accounts.Instrument(9)] = 7m },
                WorkingOrders = [.. a.Broker.WorkingOrders.Skip(1), Accounts.External("X-1"), Accounts.External("X-2")],
            };
            var first = Reconciler.Compare(a.Local, broker);
            var shuffled = Reconciler.Compare(Shuffled(a.Local, random), broker with
            {
                Positions = broker.Positions.OrderBy(_ => random.Next()).ToDictionary(),
                WorkingOrders = [.. broker.WorkingOrders.OrderBy(_ => random.Next())],
            });
            return first.Differences.SequenceEqual(shuffled.Differences) && first.Differences.Count >= 4;
        }));

    private static LocalAccountSnapshot Shuffled(LocalAccountSnapshot local, Random random) => local with
    {
        Positions = local.Positions.OrderBy(_ => random.Next()).ToDictionary(),
        WorkingOrders = local.WorkingOrders.OrderBy(_ => random.Next()).ToDictionary(),
        KnownFills = local.KnownFills.OrderBy(_ => random.Next()).ToHashSet(),
    };
}
