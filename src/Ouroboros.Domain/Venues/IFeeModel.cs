using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>Commission, exchange fees and taxes for one execution, in the instrument's currency.</summary>
public interface IFeeModel
{
    decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity);
}
