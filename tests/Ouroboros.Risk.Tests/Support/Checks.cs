using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Tests.Support;

/// <summary>Builds RiskChecks: a buy of 10 SPY at 100 when flat with a healthy 100,000 USD account unless told otherwise.</summary>
internal static class Checks
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 4, 15, 0, 0, TimeSpan.Zero);
    public static readonly Instrument Spy = VenueRules.Instrument(Venue.Us, "SPY", AssetClass.Etf);

    public static RiskCheck Entry(decimal? value = 1_000m, decimal? cash = 100_000m, decimal? equity = 100_000m, decimal? dayStart = 100_000m) =>
        Of(OrderSide.Buy, position: 0m, value, cash, equity, dayStart);

    /// <summary>A sell out of a long position of 100.</summary>
    public static RiskCheck Exit(decimal? value = 1_000m, decimal? cash = 100_000m, decimal? equity = 100_000m, decimal? dayStart = 100_000m) =>
        Of(OrderSide.Sell, position: 100m, value, cash, equity, dayStart);

    public static RiskCheck Of(OrderSide side, decimal? position, decimal? value = 1_000m, decimal? cash = 100_000m, decimal? equity = 100_000m,
        decimal? dayStart = 100_000m, decimal quantity = 10m, Instrument? instrument = null, IRiskHistory? history = null,
        DateTimeOffset? time = null, IReadOnlyList<PositionExposure>? positions = null)
    {
        var at = time ?? T0;
        var inst = instrument ?? Spy;
        var order = OrderRequest.Market(new ClientOrderId("O-000001"), inst.Id, side, quantity, at, new StrategyId("test"));
        var account = new AccountSnapshot(cash, equity, dayStart, 100_000m,
            positions ?? (position is { } p && value is { } v && p != 0 ? [new PositionExposure(inst.Id, p, v / quantity)] : []));
        return new RiskCheck(order, inst, at, value / quantity, value, position, account, history ?? new RiskHistory())
        {
            TradingDate = DateOnly.FromDateTime(at.UtcDateTime),
            Market = "NYSE",
        };
    }
}
