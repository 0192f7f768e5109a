using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Reconciliation;

/// <summary>A seeded random account seen twice, by us and by the broker, in agreement; tests then change one side.</summary>
internal sealed record Accounts(LocalAccountSnapshot Local, BrokerAccountSnapshot Broker)
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static InstrumentId Instrument(int i) => new($"SIM:I{i}");

    public static Accounts Build(int seed)
    {
        var random = new Random(seed);
        var cash = random.Next(0, 10_000_000) / 100m;
        var positions = new Dictionary<InstrumentId, decimal>();
        for (var i = random.Next(0, 5); i > 0; i--)
            positions[Instrument(random.Next(0, 8))] = random.Next(1, 500) * (random.Next(0, 4) == 0 ? -1 : 1);
        var local = new Dictionary<ClientOrderId, LocalOrderState>();
        var working = new List<BrokerOrderState>();
        var fills = new HashSet<FillId>();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            var id = new ClientOrderId($"O-{random.Next(0, 1000):D4}");
            if (local.ContainsKey(id)) continue;
            var instrument = Instrument(random.Next(0, 8));
            var partial = random.Next(0, 3) == 0;
            var orderFills = partial ? new List<Fill> { Fill(id, instrument, $"F-{id.Value}", 3m) } : [];
            foreach (var f in orderFills) fills.Add(f.Id);
            var status = partial ? OrderStatus.PartiallyFilled : OrderStatus.Accepted;
            local[id] = new LocalOrderState(instrument, status, partial ? 3m : 0m);
            working.Add(new BrokerOrderState(id, new BrokerOrderId($"B-{id.Value}"), status, partial ? 3m : 0m, orderFills));
        }
        return new Accounts(
            new LocalAccountSnapshot(cash, positions, local, fills),
            new BrokerAccountSnapshot(At, cash, new Dictionary<InstrumentId, decimal>(positions), working));
    }

    public static Fill Fill(ClientOrderId order, InstrumentId instrument, string id, decimal quantity) =>
        new(new FillId(id), order, instrument, OrderSide.Buy, quantity, 100m, 0.5m, At, Liquidity.Taker);

    public static BrokerOrderState External(string id) =>
        new(new ClientOrderId(id), new BrokerOrderId("B-" + id), OrderStatus.Accepted, 0m, []);
}
