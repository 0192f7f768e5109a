using System.Collections.Concurrent;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>The agent's orders by client order id (= orderLinkId). Thread-safe.</summary>
internal sealed class BybitOrderBook
{
    private readonly ConcurrentDictionary<string, BybitOrderRef> _byLinkId = new(StringComparer.Ordinal);

    public void Add(BybitOrderRef order) => _byLinkId[order.Request.Id.Value] = order;

    public bool TryGet(string orderLinkId, out BybitOrderRef order) => _byLinkId.TryGetValue(orderLinkId, out order!);

    public IReadOnlyList<BybitOrderRef> Working => [.. _byLinkId.Values.Where(o => !o.Ended).OrderBy(o => o.Request.Id.Value, StringComparer.Ordinal)];
}
