using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Ports;

/// <summary>
/// A broker whose venue knows orders only by its own numbers (KIS has no client order id field) keeps the map from
/// client order ids to them. After a restart the agent tells it the orders its journal holds, with the fills it has
/// already heard of each, so cancels, queries and new fills of orders sent by an earlier run find their way back and
/// no fill is told twice.
/// </summary>
public interface IOrderIdMap
{
    /// <summary>An order an earlier run sent (its <see cref="OrderSnapshot.BrokerId"/> is set), as the journal last saw it.</summary>
    void Remember(OrderSnapshot journaled);
}
