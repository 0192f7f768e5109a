using Ouroboros.Core.Inbox;

namespace Ouroboros.Core.Execution;

/// <summary>
/// Which instruments' prices are stale (live feeds only). The array exists only once a price has gone stale, so a
/// backtest pays one boolean test per slice and nothing per bar.
/// </summary>
internal sealed class StalePrices(int instruments)
{
    private PriceStatusCommand?[]? _stale;
    private int _count;

    /// <summary>True while at least one price is stale.</summary>
    public bool Any => _count > 0;

    public void Apply(int instrument, PriceStatusCommand command)
    {
        if (command.Stale)
        {
            _stale ??= new PriceStatusCommand?[instruments];
            if (_stale[instrument] is null) _count++;
            _stale[instrument] = command;
        }
        else
        {
            Clear(instrument);
        }
    }

    /// <summary>A fresh bar of the instrument arrived: its price is current again.</summary>
    public void Clear(int instrument)
    {
        if (_stale?[instrument] is null) return;
        _stale[instrument] = null;
        _count--;
    }

    /// <summary>The mark in force for the instrument, or null when its price is fresh.</summary>
    public PriceStatusCommand? Of(int instrument) => _count == 0 ? null : _stale![instrument];
}
