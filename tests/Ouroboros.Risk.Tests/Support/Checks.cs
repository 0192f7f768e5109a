using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Tests.Support;

/// <summary>Builds RiskChecks: a buy when flat with a healthy account unless told otherwise.</summary>
internal static class Checks
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);

    public static RiskCheck Entry(decimal? value = 1_000m, decimal? cash = 100_000m, decimal? equity = 100_000m, decimal? dayStart = 100_000m) =>
        Of(OrderSide.Buy, position: 0m, value, cash, equity, dayStart);

    /// <summary>A sell out of a long position of 100.</summary>
    public static RiskCheck Exit(decimal? value = 1_000m, decimal? cash = 100_000m, decimal? equity = 100_000m, decimal? dayStart = 100_000m) =>
        Of(OrderSide.Sell, position: 100m, value, cash, equity, dayStart);

    public static RiskCheck Of(OrderSide side, decimal position, decimal? value = 1_000m, decimal? cash = 100_000m, decimal? equity = 100_000m,
        decimal? dayStart = 100_000m, decimal quantity = 10m)
    {
        var order = OrderRequest.Market(new ClientOrderId("O-000001"), new InstrumentId("US:SPY"), side, quantity, T0, new StrategyId("test"));
        return new RiskCheck(order, T0, value / quantity, value, position, cash, equity, dayStart);
    }
}
