using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Ports;

/// <summary>
/// A broker whose venue knows orders only by its own numbers (KIS has no client order id field) keeps the map from
/// client order ids to them. After a restart the agent tells it the pairs its journal holds, so cancels, fills and
/// queries of orders sent by an earlier run find their way back.
/// </summary>
public interface IOrderIdMap
{
    void Remember(OrderRequest order, BrokerOrderId brokerOrderId);
}
