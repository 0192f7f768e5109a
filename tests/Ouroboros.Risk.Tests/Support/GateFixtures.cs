using Ouroboros.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Tests.Support;

/// <summary>More builders for the gate tests: other venues, limit and stop orders, previous closes and VIX series.</summary>
internal static class GateFixtures
{
    /// <summary>A KRX stock: the tick depends on the price (1 KRW below 2,000 up to 1,000 KRW from 500,000).</summary>
    public static readonly Instrument Samsung = KrxVenue.Stock("005930");

    /// <summary>A KRX ETF: 5 KRW tick at every price.</summary>
    public static readonly Instrument Kodex = KrxVenue.Etf("069500");

    /// <summary>Bybit spot: tick 0.01, lot step 0.000001, minimum 0.000048.</summary>
    public static readonly Instrument Btc = BybitVenue.Spot("BTCUSDT", 0.01m, 0.000001m, 0.000048m);

    public static readonly Instrument Qqq = UsVenue.Equity("QQQ", AssetClass.Etf);

    /// <summary>A buy of <paramref name="quantity"/> at <paramref name="price"/> when flat.</summary>
    public static RiskCheck EntryIn(Instrument instrument, decimal price, decimal quantity = 10m, IRiskHistory? history = null) =>
        Checks.Of(OrderSide.Buy, position: 0m, value: price * quantity, quantity: quantity, instrument: instrument, history: history);

    /// <summary>A sell of 10 out of a long position of 100 at <paramref name="price"/>.</summary>
    public static RiskCheck ExitIn(Instrument instrument, decimal price, IRiskHistory? history = null) =>
        Checks.Of(OrderSide.Sell, position: 100m, value: price * 10m, instrument: instrument, history: history);

    /// <summary>The same check with its order replaced (the estimated value and reference price stay as they were).</summary>
    public static RiskCheck WithOrder(this RiskCheck check, OrderType type, decimal? limit = null, decimal? stop = null, decimal? quantity = null,
        decimal? cashAmount = null)
    {
        var o = check.Order;
        return check with
        {
            Order = new OrderRequest(o.Id, o.Instrument, o.Side, type, quantity ?? o.Quantity, limit, stop, o.TimeInForce, o.CreatedAt, o.Strategy, o.Tag, cashAmount),
        };
    }

    public static RiskCheck AsLimit(this RiskCheck check, decimal price) => check.WithOrder(OrderType.Limit, limit: price);

    public static RiskCheck AsStop(this RiskCheck check, decimal price) => check.WithOrder(OrderType.Stop, stop: price);

    public static RiskCheck WithQuantity(this RiskCheck check, decimal quantity) =>
        check.WithOrder(check.Order.Type, check.Order.LimitPrice, check.Order.StopPrice, quantity);

    public static RiskCheck WithEquity(this RiskCheck check, decimal? equity, decimal? initialEquity = 100_000m) =>
        check with { Account = check.Account with { Equity = equity, InitialEquity = initialEquity } };

    /// <summary>A history whose last completed trading day closed at <paramref name="close"/>.</summary>
    public static RiskHistory PreviousClose(Instrument instrument, decimal close)
    {
        var history = new RiskHistory();
        history.RecordClose(instrument.Id, new DateOnly(2024, 3, 1), close);
        // The first close of a new day turns the earlier day's last close into the previous close.
        history.RecordClose(instrument.Id, new DateOnly(2024, 3, 4), close);
        return history;
    }

    /// <summary>VIX closes, each available at 21:15 UTC of its date (after the US close).</summary>
    public static ReferenceSeries Vix(params (int Month, int Day, decimal Close)[] closes) =>
        new("VIX", closes.Select(c => (new DateTimeOffset(2024, c.Month, c.Day, 21, 15, 0, TimeSpan.Zero), c.Close)));

    public static PositionExposure Holding(Instrument instrument, decimal quantity, decimal? price) => new(instrument.Id, quantity, price);

    public static RiskFigure Figure(this RiskVerdict verdict, string name) =>
        verdict.Figures.Single(f => f.Name == name);

    public static string FigureValue(this RiskVerdict verdict, string name) => verdict.Figure(name).Value;

    // Generators for the property tests ---------------------------------------------------------------------------

    public static readonly Instrument[] Instruments = [Checks.Spy, Samsung, Kodex, Btc];

    /// <summary>Known most of the time, so both the limit and the missing-data paths are exercised.</summary>
    public static Gen<decimal?> Maybe(Gen<decimal> gen) => Gen.Frequency((1, Gen.Constant<decimal?>(null)), (6, gen.Select(v => (decimal?)v)));

    public static Gen<(T Tight, T Loose)> Ordered<T>(Gen<T> gen, bool tighterIsLower) where T : IComparable<T> =>
        from a in gen
        from b in gen
        let low = a.CompareTo(b) <= 0 ? a : b
        let high = a.CompareTo(b) <= 0 ? b : a
        select tighterIsLower ? (low, high) : (high, low);

    public static readonly Gen<decimal> Price = Gen.Choose(1, 1_000_000).Select(c => c / 100m);
    public static readonly Gen<decimal> Fraction = Gen.Choose(1, 10_000).Select(b => b / 10_000m);

    public static readonly Gen<PositionExposure> OtherHolding =
        from quantity in Gen.Choose(-1_000, 1_000)
        from price in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (20, Price.Select(p => (decimal?)p)))
        select new PositionExposure(Qqq.Id, quantity, price);

    /// <summary>Any order on any venue: long, short or flat, entries and exits, with every account figure possibly unknown.</summary>
    public static readonly Gen<RiskCheck> AnyCheck =
        from instrument in Gen.Elements(Instruments)
        from side in Gen.Elements(OrderSide.Buy, OrderSide.Sell)
        from position in Maybe(Gen.Choose(-500, 500).Select(p => (decimal)p))
        from quantity in Gen.Choose(1, 500)
        from price in Maybe(Price)
        from heldPrice in Maybe(Price)
        from others in Gen.Choose(0, 3).SelectMany(n => OtherHolding.ArrayOf(n))
        from positionsKnown in Gen.Frequency((1, Gen.Constant(false)), (8, Gen.Constant(true)))
        from equity in Maybe(Gen.Choose(-100_000, 10_000_000).Select(e => e * 2m))
        from initial in Maybe(Gen.Choose(0, 10_000_000).Select(e => e * 2m))
        from cash in Maybe(Gen.Choose(0, 10_000_000).Select(e => e * 2m))
        select Build(instrument, side, position, quantity, price, heldPrice, others, positionsKnown, equity, initial, cash);

    private static RiskCheck Build(Instrument instrument, OrderSide side, decimal? position, int quantity, decimal? price, decimal? heldPrice,
        PositionExposure[] others, bool positionsKnown, decimal? equity, decimal? initial, decimal? cash)
    {
        List<PositionExposure>? holdings = null;
        if (positionsKnown)
        {
            holdings = [.. others];
            // The account lists the instrument's own position too; its mark may differ from the reference price or be unknown.
            if (position is { } p && p != 0) holdings.Add(new PositionExposure(instrument.Id, p, heldPrice));
        }

        var check = Checks.Of(side, position, price * quantity, cash, equity, quantity: quantity, instrument: instrument, positions: holdings ?? []);
        return check with { Account = check.Account with { Positions = holdings, InitialEquity = initial } };
    }
}
