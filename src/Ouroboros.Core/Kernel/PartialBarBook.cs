using Ouroboros.Core.Inbox;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// The current partial bar of each instrument (live rescans only). A later one replaces it; the instrument's closed
/// bar of that period (or a later one) and the start of a later trading day drop it. The array exists only once a
/// partial bar has arrived, so a backtest pays one boolean test per slice and nothing per bar.
/// </summary>
internal sealed class PartialBarBook(int instruments)
{
    private PartialBar?[]? _bars;
    private int _count;

    /// <summary>True while at least one instrument has a partial bar.</summary>
    public bool Any => _count > 0;

    public PartialBar? Of(int instrument) => _count == 0 ? null : _bars![instrument];

    public void Set(PartialBar bar)
    {
        _bars ??= new PartialBar?[instruments];
        if (_bars[bar.Instrument] is null) _count++;
        _bars[bar.Instrument] = bar;
    }

    /// <summary>A closed bar of the instrument at <paramref name="barTime"/> arrived: the partial bar of that period or an earlier one is done.</summary>
    public void ClosedBar(int instrument, DateTimeOffset barTime)
    {
        if (_bars?[instrument] is not { } partial || partial.Bar.Time > barTime) return;
        _bars[instrument] = null;
        _count--;
    }

    /// <summary>A trading day began: partial bars of earlier days can no longer become anything.</summary>
    public void ForgetBefore(DateOnly day, Func<DateTimeOffset, DateOnly> tradingDateOf)
    {
        if (_bars is null) return;
        for (var i = 0; i < _bars.Length; i++)
        {
            if (_bars[i] is not { } partial || tradingDateOf(partial.Bar.Time) >= day) continue;
            _bars[i] = null;
            _count--;
        }
    }
}
