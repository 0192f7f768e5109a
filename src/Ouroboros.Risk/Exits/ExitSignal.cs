using Ouroboros.Domain.Primitives;

namespace Ouroboros.Risk.Exits;

/// <summary>
/// An exit rule asks to close a position: <see cref="Rule"/> is "stop_loss", "trailing_stop" or "take_profit",
/// <see cref="TriggerPrice"/> the level that was crossed and <see cref="Price"/> the bar close that crossed it. The
/// exit is a market order for the next fill, so the fill may be worse than either.
/// </summary>
public sealed record ExitSignal(InstrumentId Instrument, string Rule, decimal TriggerPrice, decimal Price, DateTimeOffset Time, string Reason)
{
    public const string StopLossRule = "stop_loss";
    public const string TrailingStopRule = "trailing_stop";
    public const string TakeProfitRule = "take_profit";
}
