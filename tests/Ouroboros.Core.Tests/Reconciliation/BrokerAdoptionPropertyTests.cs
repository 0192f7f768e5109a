using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Primitives;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Reconciliation;

/// <summary>Adopting what a reconciliation found leaves nothing to find: the kernel's positions and cash are the broker's.</summary>
public sealed class BrokerAdoptionPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);
    private static readonly Instrument C = GenericVenue.Instrument("C");
    private static readonly Instrument[] Universe = [A, B, C];

    /// <summary>Cash and, per instrument, a signed quantity (often flat) with an average price that the broker may not report.</summary>
    private static readonly Gen<(int Quantity, int Price, bool Priced)> Holding =
        from quantity in Gen.Choose(-40, 40)
        from price in Gen.Choose(1, 90_000)
        from priced in Gen.Elements(true, false)
        select (quantity % 3 == 0 ? 0 : quantity, price, priced);

    private static readonly Gen<(decimal Cash, (int Quantity, int Price, bool Priced)[] Positions)> Accounts =
        from cash in Gen.Choose(0, 50_000_000)
        from positions in Gen.ArrayOf(Holding, Universe.Length)
        select (cash / 100m, positions);

    [Fact]
    public void Applying_the_adoption_of_a_reconciliation_makes_the_next_one_find_no_position_or_cash_difference() =>
        Check.One(Runs, Prop.ForAll(Accounts.ToArbitrary(), Accounts.ToArbitrary(), (ours, theirs) =>
        {
            // Our account is built by a first adoption (every price given), then compared with the broker's.
            var start = Adopt(Adoption(ours, allPriced: true));
            var local = Run(start).Local();
            var broker = new BrokerAccountSnapshot(Day1, theirs.Cash, Positions(theirs), [])
            {
                AveragePrices = Enumerable.Range(0, Universe.Length).Where(i => theirs.Positions[i].Priced)
                    .ToDictionary(i => Universe[i].Id, i => theirs.Positions[i].Price / 100m),
            };
            var adoption = BrokerAdoption.From(Reconciler.Compare(local, broker));

            var after = Run(start, Adopt(adoption)).Local();

            var left = Reconciler.Compare(after, broker).Differences;
            return left.Count == 0;
        }));

    private static AdoptionSink Run(params KernelEvent[] adoptions)
    {
        var sink = new AdoptionSink();
        var kernel = new KernelHarness { Instruments = Universe };
        kernel.Sinks.Add(sink);
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m).Bar(2, Day1, 150m);
        foreach (var adoption in adoptions) kernel.Event(adoption);
        kernel.RunAsync().GetAwaiter().GetResult();
        return sink;
    }

    private static KernelEvent Adopt(BrokerAdoption adoption) =>
        KernelEvent.Of(new AdoptBrokerStateCommand(adoption, "reconciliation", "the broker's account differs", Day1.AddHours(1)));

    private static BrokerAdoption Adoption((decimal Cash, (int Quantity, int Price, bool Priced)[] Positions) account, bool allPriced) =>
        new(account.Cash, [.. Enumerable.Range(0, Universe.Length).Select(i => new AdoptedPosition(Universe[i].Id, account.Positions[i].Quantity,
            account.Positions[i].Quantity != 0 && (allPriced || account.Positions[i].Priced) ? account.Positions[i].Price / 100m : null, external: false))], [], []);

    private static Dictionary<InstrumentId, decimal> Positions((decimal Cash, (int Quantity, int Price, bool Priced)[] Positions) account) =>
        Enumerable.Range(0, Universe.Length).Where(i => account.Positions[i].Quantity != 0)
            .ToDictionary(i => Universe[i].Id, i => (decimal)account.Positions[i].Quantity);
}
