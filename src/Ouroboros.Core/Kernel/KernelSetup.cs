using Ouroboros.Core.Faults;
using Ouroboros.Core.Orders;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Sinks;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Calendars;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;

namespace Ouroboros.Core.Kernel;

/// <summary>Everything a kernel is built from. Backtest, paper and live differ only in the adapters given here.</summary>
public sealed record KernelSetup(
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<VenueModel> VenueModels,
    IStrategy Strategy,
    IBroker Broker,
    RiskEngine Risk,
    SizingPolicy Sizing,
    Currency AccountCurrency,
    decimal InitialCash,
    IKernelClock Clock,
    IOrderJournal OrderJournal)
{
    /// <summary>
    /// A venue that fills against the kernel's bars (the simulated broker, usually the same object as
    /// <see cref="Broker"/>). Null for a live broker, whose reports arrive through the inbox.
    /// </summary>
    public IMarketDrivenVenue? Venue { get; init; }

    /// <summary>Where fills, trades, equity, verdicts, risk events, skipped intents and orders go as they happen.</summary>
    public IReadOnlyList<IKernelSink> Sinks { get; init; } = [];

    /// <summary>Client order ids; null: a fresh deterministic <c>O-000001</c> sequence (backtests).</summary>
    public ClientOrderIdGenerator? OrderIds { get; init; }

    /// <summary>
    /// The market calendar of the run's instruments: trading dates (daily P&amp;L and counters reset on them) and
    /// session events. Null: trading dates are UTC dates and no session events are raised.
    /// </summary>
    public MarketCalendar? Calendar { get; init; }

    /// <summary>Bars of a day or longer are stamped 00:00 UTC of their date, so their trading date is that UTC date.</summary>
    public bool DailyBars { get; init; }

    /// <summary>How long before the open the pre-market (planning) event is raised.</summary>
    public TimeSpan PreMarketLead { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Stop-loss, trailing-stop and take-profit rules; null when the risk engine is off.</summary>
    public PositionExitRules? Exits { get; init; }

    /// <summary>
    /// Slices strictly before this time are warm-up: the strategy is shown their bars and session events (its
    /// indicators fill), but it is not asked to deliberate, its intents are discarded and counted, and no order, fill,
    /// equity point, risk day or statistic comes of them. Null: every slice trades.
    /// </summary>
    public DateTimeOffset? TradeFrom { get; init; }

    /// <summary>Where the crash-injection harness may kill the process (order lifecycle); off by default.</summary>
    public ICrashPoints CrashPoints { get; init; } = NoCrashPoints.Instance;
}
