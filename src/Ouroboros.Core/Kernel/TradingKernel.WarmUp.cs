namespace Ouroboros.Core.Kernel;

/// <summary>
/// Warm-up (<see cref="KernelSetup.TradeFrom"/>): earlier slices are shown to the strategy so its indicators and
/// history are ready when trading starts, and nothing else happens. The risk engine's price history does see their
/// closes (more days for VaR and price bands; with no position held, no exit rule can fire), but no risk day is
/// started and no equity is observed, so no trigger, counter or state can be touched by them.
/// </summary>
public sealed partial class TradingKernel
{
    private readonly long _tradeFromTicks;
    private bool _warmingUp;
    private int _warmUpSlices;
    private int _warmUpIntentsDiscarded;

    /// <summary>Slices finished so far, warm-up included: what progress reports count against the source's slices.</summary>
    private int SlicesDone => _slices + _warmUpSlices;

    /// <summary>Called at the first slice at or after TradeFrom, before its session events are raised.</summary>
    private void EndWarmUp()
    {
        _warmingUp = false;
        // The first trading slice always opens a trading day, even when warm-up ended inside that day.
        _currentDay = default;
    }

    /// <summary>A warm-up slice ends: intents are dropped (no sizing, no risk, no order) and nothing is marked.</summary>
    private void CloseWarmUpSlice()
    {
        _warmUpIntentsDiscarded += _pending.Count;
        _pending.Clear();
        _barBroker?.OnSliceEnd(_sliceTime);
        _warmUpSlices++;
    }
}
