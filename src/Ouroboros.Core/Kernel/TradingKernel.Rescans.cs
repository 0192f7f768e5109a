using Ouroboros.Core.Inbox;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// Rescans during the session (<see cref="PartialBarsCommand"/>): the in-progress bars are kept per instrument for the
/// strategy to read, never delivered as bars. Nothing a closed bar feeds is touched: no mark, no ATR, no risk price
/// history, no exit rule, no equity point, no slice counted, and the clock stays at the last slice. The intents the
/// strategy submits then go through the same sizing (at the partial bar's last price), risk gates, journal and broker
/// as a slice's, right away, because a rescan has no slice end to wait for.
/// </summary>
public sealed partial class TradingKernel
{
    private int _rescans;

    /// <summary>Stores the partial bars, shows them to the strategy and processes what it submitted.</summary>
    private async ValueTask RescanAsync(PartialBarsCommand command, CancellationToken cancellationToken)
    {
        var (latestDay, stored) = StorePartialBars(command);
        if (stored.Count > 0) _venue?.OnPartialBars(stored);
        _rescans++;
        if (latestDay is { } day) _days.BeginForRescan(day, command.Time, _warmingUp);
        _partialAware?.OnPartialBars(_context, command.Time);
        if (_state.Pending.Count == 0) return;
        if (_warmingUp)
        {
            _warmUpIntentsDiscarded += _state.Pending.Count;
            _state.Pending.Clear();
            return;
        }
        await _intents.ProcessAsync(atPartialPrices: true, cancellationToken).ConfigureAwait(false);
        await _state.Orders.FlushAsync().ConfigureAwait(false);
        if (_risk.HasEventsToDrain) _risk.DrainEvents();
    }

    /// <summary>
    /// Keeps each partial bar whose period has not closed yet (a bar at or after its time has not been delivered) and
    /// returns the latest trading date among them and the bars kept (which the venue hears of). An index outside the universe is the sender's bug.
    /// </summary>
    private (DateOnly? Latest, List<PartialBar> Stored) StorePartialBars(PartialBarsCommand command)
    {
        DateOnly? latest = null;
        var stored = new List<PartialBar>(command.Bars.Count);
        var book = _state.PartialBars;
        foreach (var partial in command.Bars)
        {
            if (partial.Instrument >= _state.Instruments.Length)
                throw new ArgumentException($"A partial bar names instrument {partial.Instrument}, but the universe has {_state.Instruments.Length}.", nameof(command));
            if (_sliceNumber > 0 && partial.Bar.Time <= _state.SliceTime) continue;
            book.Set(partial);
            stored.Add(partial);
            var day = _days.TradingDateOf(partial.Bar.Time);
            if (latest is null || day > latest) latest = day;
        }
        return (latest, stored);
    }
}
