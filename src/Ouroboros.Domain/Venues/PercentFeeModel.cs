using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Venues;

/// <summary>A percentage of notional (plus an optional minimum per order), the same for every venue.</summary>
public sealed class PercentFeeModel : IFeeModel
{
    public PercentFeeModel(decimal rate, decimal minimum = 0m)
    {
        Rate = rate is >= 0 and < 1 ? rate : throw new ArgumentOutOfRangeException(nameof(rate), rate, "Commission rate must be a fraction in [0, 1), e.g. 0.001 for 0.1%.");
        Minimum = minimum >= 0 ? minimum : throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "Minimum fee must not be negative.");
    }

    public decimal Rate { get; }
    public decimal Minimum { get; }

    public decimal Fee(Instrument instrument, OrderSide side, decimal quantity, decimal price, Liquidity liquidity) =>
        Math.Max(quantity * price * Rate, Minimum);
}
