using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Intents;

/// <summary>What a strategy (or LLM) wants: direction and an optional size; the engine sizes, gates and orders it.</summary>
public enum IntentAction
{
    /// <summary>Open or add to a long position.</summary>
    Buy,
    /// <summary>Sell some of a long position (size required) or open a short where allowed.</summary>
    Sell,
    /// <summary>Close the whole position in the instrument.</summary>
    Close,
    /// <summary>Trade toward a target quantity (<see cref="SizeSpec.TargetQuantity"/>) or weight of equity.</summary>
    Rebalance,
}

/// <summary>
/// An immutable trade idea. Null size means "use the run's default sizing". <see cref="Confidence"/> is in [0, 1];
/// <see cref="Leverage"/> 1 means a cash trade; <see cref="TakeProfit"/>/<see cref="StopLoss"/> are price levels that
/// override the risk engine's default exit distances for the position this intent opens.
/// </summary>
public sealed record TradeIntent(
    InstrumentId Instrument,
    IntentAction Action,
    StrategyId Strategy,
    DateTimeOffset Time,
    SizeSpec? Size = null,
    double Confidence = 1.0,
    string? Rationale = null,
    decimal? TakeProfit = null,
    decimal? StopLoss = null,
    OrderType OrderType = OrderType.Market,
    decimal? LimitPrice = null,
    decimal? StopPrice = null,
    TimeInForce TimeInForce = TimeInForce.Day,
    IntentOrigin Origin = IntentOrigin.Strategy,
    decimal Leverage = 1m);
