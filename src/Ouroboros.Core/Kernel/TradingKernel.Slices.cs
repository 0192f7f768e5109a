using Ouroboros.Domain.Venues;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// A time slice's life: begin (clock, warm-up, calendar), deliver (venue, marks, strategy, risk), intents, close
/// (equity mark, counters, finished orders forgotten, risk events streamed).
/// <para>
/// Warm-up (<see cref="KernelSetup.TradeFrom"/>): earlier slices are shown to the strategy so its indicators are ready
/// when trading starts, and nothing else happens. The risk engine's price history does see their closes (more days for
/// VaR and price bands; with no position held, no exit rule can fire), but no risk day is started and no equity is
/// observed, so no trigger, counter or state can be touched by them.
/// </para>
/// </summary>
public sealed partial class TradingKernel
{
    private readonly long _tradeFromTicks;
    private bool _warmingUp;
    private int _warmUpSlices;
    private int _warmUpIntentsDiscarded;
    private long _bars;
    private int _slices;
    private int _slicesInMarket;

    /// <summary>Slices finished so far, warm-up included: what progress reports count against the inbox's slices.</summary>
    private int SlicesDone => _slices + _warmUpSlices;

    /// <summary>Moves the bar read into the spare slot to the front and begins its slice.</summary>
    private void StartNextSlice()
    {
        ref var first = ref _slice[_sliceCount];
        BeginSlice(first.Bar.Time);
        MarkSeen(first.Instrument, first.Bar.Time);
        if (_sliceCount > 0) _slice[0] = first;
        _sliceCount = 1;
    }

    /// <summary>A live feed could repeat a bar; a slice holds at most one bar per instrument.</summary>
    private void MarkSeen(int instrument, DateTimeOffset time)
    {
        if (_seenInSlice[instrument] == _sliceNumber)
            throw new InvalidOperationException($"Two bars of one instrument share the time {time:O}.");
        _seenInSlice[instrument] = _sliceNumber;
    }

    private void BeginSlice(DateTimeOffset time)
    {
        if (_sliceNumber > 0 && time < _state.SliceTime)
            throw new InvalidOperationException($"Market events went back in time from {_state.SliceTime:O} to {time:O}.");
        _sliceNumber++;
        _clock.AdvanceTo(time);
        _state.SliceTime = time;
        _sliceTicks = time.UtcTicks;
        _open = true;
        if (_warmingUp && time.UtcTicks >= _tradeFromTicks)
        {
            _warmingUp = false;
            _days.ForgetDay();
        }
        _days.Begin(time, _warmingUp);
    }

    /// <summary>Venue first (fills at these bars' opens), then marks, then the strategy sees each bar, in instrument order.</summary>
    private void DeliverSlice()
    {
        var bars = new Span<KernelEvent>(_slice, 0, _sliceCount);
        if (_sliceUnsorted) SortByInstrument(bars);
        _venue?.OnSlice(bars);
        var portfolio = _state.Portfolio;
        var atr = _intents.Atr;
        var risk = _risk.IsEnabled;
        for (var i = 0; i < bars.Length; i++)
        {
            ref readonly var ev = ref bars[i];
            portfolio.Mark(ev.Instrument, ev.Bar.Close);
            atr?.Update(ev.Instrument, ev.Bar);
            _strategy.OnBar(ev.Instrument, ev.Bar);
            if (risk) _risk.ObserveBar(ev.Instrument, ev.Bar.Close);
        }
        _bars += bars.Length;
        // Live only: a bar is fresh data, so it lifts a stale mark (one test per slice when nothing is stale).
        if (_state.StalePrices.Any)
        {
            for (var i = 0; i < bars.Length; i++) _state.StalePrices.Clear(bars[i].Instrument);
        }
        // Live only: a closed bar ends the partial bar of its period (one test per slice when there is none).
        if (_state.PartialBars.Any)
        {
            for (var i = 0; i < bars.Length; i++) _state.PartialBars.ClosedBar(bars[i].Instrument, bars[i].Bar.Time);
        }
    }

    /// <summary>Insertion sort: a slice holds at most one bar per instrument and arrives nearly sorted.</summary>
    private void SortByInstrument(Span<KernelEvent> bars)
    {
        for (var i = 1; i < bars.Length; i++)
        {
            var item = bars[i];
            var j = i - 1;
            while (j >= 0 && bars[j].Instrument > item.Instrument)
            {
                bars[j + 1] = bars[j];
                j--;
            }
            bars[j + 1] = item;
        }
        _sliceUnsorted = false;
    }

    private ValueTask FinishSliceAsync(CancellationToken cancellationToken) =>
        TryFinishSliceWithoutIntents() ? ValueTask.CompletedTask : FinishWithIntentsAsync(cancellationToken);

    /// <summary>
    /// Delivers the slice and closes it; false when intents, a deliberation or unfinished journal writes must be
    /// awaited first. A warm-up slice always closes here, so warm-up never deliberates and never reaches the broker.
    /// </summary>
    private bool TryFinishSliceWithoutIntents()
    {
        DeliverSlice();
        _strategy.OnTimeSliceEnd(_state.SliceTime);
        if (_warmingUp)
        {
            CloseWarmUpSlice();
            return true;
        }
        if (_state.Pending.Count > 0 || _state.Orders.HasPendingWrites || _deliberating is { WantsToDeliberate: true }) return false;
        CloseSlice();
        return true;
    }

    private async ValueTask FinishWithIntentsAsync(CancellationToken cancellationToken)
    {
        if (_deliberating is { WantsToDeliberate: true } deliberating)
            await deliberating.DeliberateAsync(_state.SliceTime, cancellationToken).ConfigureAwait(false);
        await _intents.ProcessAsync(cancellationToken).ConfigureAwait(false);
        await _state.Orders.FlushAsync().ConfigureAwait(false);
        CloseSlice();
    }

    /// <summary>
    /// Ends a trading slice. Journal writes caused by the venue's end-of-slice fills are awaited before the next
    /// broker call or slice close; forgetting finished orders here is safe because no report of this slice is left.
    /// </summary>
    private void CloseSlice()
    {
        var time = _state.SliceTime;
        _venue?.OnSliceEnd(time);
        var portfolio = _state.Portfolio;
        var equity = portfolio.Equity();
        _state.LastEquity = equity;
        if (_risk.IsEnabled) _state.Setup.Risk.ObserveEquity(_state.CurrentDay, time, equity, _state.DayStartEquity, _state.Setup.InitialCash);
        _state.Sinks.OnEquity(new EquityPoint(time, equity, portfolio.Cash));
        _slices++;
        if (portfolio.HasOpenPositions) _slicesInMarket++;
        // Checked here, not inside: on a quiet slice (most of them) these are three calls that would do nothing.
        if (_risk.KeepsIntentLevels) _risk.ForgetFinishedIntents();
        if (_state.Orders.HasFinished) _state.Orders.ForgetFinished();
        if (_risk.HasEventsToDrain) _risk.DrainEvents();
        _open = false;
    }

    /// <summary>A warm-up slice ends: intents are dropped (no sizing, no risk, no order) and nothing is marked.</summary>
    private void CloseWarmUpSlice()
    {
        _warmUpIntentsDiscarded += _state.Pending.Count;
        _state.Pending.Clear();
        _venue?.OnSliceEnd(_state.SliceTime);
        _warmUpSlices++;
        _open = false;
    }
}
