namespace Ouroboros.Core.Strategies;

/// <summary>
/// A strategy on bars of a day (or any interval longer than the rescan) that wants to look at the period in progress.
/// At each rescan during the session the kernel stores the new partial bars, then calls <see cref="OnPartialBars"/>;
/// the strategy reads them with <see cref="IStrategyContext.PartialBarOf"/>. Intents submitted here are sized (at the
/// partial bar's last price), gated by the risk engine and sent right after the call, like those of a slice. A partial
/// bar must never be added to the strategy's history or indicators: the period's closed bar comes later through
/// <see cref="IStrategy.OnBar"/>. Strategies that do not implement this never see partial bars.
/// </summary>
public interface IPartialBarAware : IStrategy
{
    /// <summary>New partial bars as of <paramref name="asOf"/> are available through <paramref name="context"/>.</summary>
    void OnPartialBars(IStrategyContext context, DateTimeOffset asOf);

    IPartialBarAware? IStrategy.PartialBarAware => this;
}
