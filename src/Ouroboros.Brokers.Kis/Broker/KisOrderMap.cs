using System.Collections.Concurrent;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>
/// Client order ids and KIS's order numbers, both ways. KIS orders carry no client id, so this map is the only link;
/// after a restart the agent refills it from its journal (<see cref="Core.Ports.IOrderIdMap"/>), and an order whose
/// acknowledgement was lost is found again by matching (<see cref="KisBroker"/>).
/// </summary>
internal sealed class KisOrderMap
{
    private readonly ConcurrentDictionary<ClientOrderId, KisOrderRef> _byClient = new();
    private readonly ConcurrentDictionary<string, ClientOrderId> _byNumber = new(StringComparer.Ordinal);

    public void Add(KisOrderRef order)
    {
        _byClient[order.Request.Id] = order;
        _byNumber[order.OrderNumber] = order.Request.Id;
    }

    public bool TryGet(ClientOrderId id, out KisOrderRef order) => _byClient.TryGetValue(id, out order!);

    public bool IsMapped(string orderNumber) => _byNumber.ContainsKey(orderNumber);

    public KisOrderRef? ByNumber(string orderNumber) =>
        _byNumber.TryGetValue(orderNumber, out var id) && _byClient.TryGetValue(id, out var order) ? order : null;

    public IReadOnlyList<KisOrderRef> Working => [.. _byClient.Values.Where(o => !o.Ended)];

    /// <summary><c>{branch}-{order number}</c>: all a cancel needs, kept in the order journal as the broker's id.</summary>
    public static BrokerOrderId IdOf(string? branch, string orderNumber) => new($"{branch ?? ""}-{orderNumber}");

    public static (string Branch, string OrderNumber) Parse(BrokerOrderId id)
    {
        var text = id.Value;
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? ("", text) : (text[..dash], text[(dash + 1)..]);
    }
}

/// <summary>One order KIS has, with what the agent has been told of its fills so far.</summary>
internal sealed class KisOrderRef(OrderRequest request, KisInstrument instrument, string branch, string orderNumber, decimal quantity)
{
    public OrderRequest Request { get; } = request;
    public KisInstrument Instrument { get; } = instrument;
    public string Branch { get; } = branch;
    public string OrderNumber { get; } = orderNumber;

    /// <summary>The quantity sent (a cash-amount order's resolved quantity).</summary>
    public decimal Quantity { get; } = quantity;

    public decimal ReportedQuantity { get; set; }
    public decimal ReportedAmount { get; set; }
    public bool Ended { get; set; }
}
