using Ouroboros.Core.Execution;
using Ouroboros.Core.Orders;
using Ouroboros.Core.Portfolio;
using Ouroboros.Core.Sinks;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// The current state the kernel's parts share: the universe, the portfolio, the orders, the queued intents and where
/// in time the session is. Only current state: histories go to the sinks.
/// </summary>
internal sealed class KernelState
{
    public KernelState(KernelSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.VenueModels.Count != setup.Instruments.Count)
            throw new ArgumentException("One broker model per instrument is required.", nameof(setup));
        Setup = setup;
        Instruments = [.. setup.Instruments];
        Models = [.. setup.VenueModels];
        for (var i = 0; i < Instruments.Length; i++)
        {
            if (!Index.TryAdd(Instruments[i].Id, i))
                throw new ArgumentException($"Instrument {Instruments[i].Id} appears twice.", nameof(setup));
        }
        Time = setup.Clock.Time;
        // One sink (a backtest's recorder) is called directly: the fan-out would add a call per event on the hot path.
        Sinks = setup.Sinks.Count == 1 ? setup.Sinks[0] : new KernelSinks(setup.Sinks);
        Portfolio = new PortfolioTracker(Instruments, setup.AccountCurrency, setup.InitialCash);
        Orders = new OrderManager(setup.OrderIds ?? ClientOrderIdGenerator.Deterministic(), setup.OrderJournal, Time, Sinks);
        StalePrices = new StalePrices(Instruments.Length);
        PartialBars = new PartialBarBook(Instruments.Length);
        LastEquity = setup.InitialCash;
        DayStartEquity = setup.InitialCash;
    }

    public KernelSetup Setup { get; }
    public Instrument[] Instruments { get; }
    public VenueModel[] Models { get; }
    public Dictionary<InstrumentId, int> Index { get; } = [];
    public TimeProvider Time { get; }
    public IKernelSink Sinks { get; }
    public PortfolioTracker Portfolio { get; }
    public OrderManager Orders { get; }

    /// <summary>Instruments whose live feed went silent (empty in backtests).</summary>
    public StalePrices StalePrices { get; }

    /// <summary>Each instrument's bar in progress as of the latest rescan (empty in backtests); never a closed bar.</summary>
    public PartialBarBook PartialBars { get; }

    /// <summary>Intents submitted during the current slice, processed when it ends.</summary>
    public List<TradeIntent> Pending { get; } = [];

    public DateTimeOffset SliceTime { get; set; }
    public DateOnly CurrentDay { get; set; }
    public decimal DayStartEquity { get; set; }
    public decimal LastEquity { get; set; }

    public int IndexOf(InstrumentId instrument) => Index.TryGetValue(instrument, out var i)
        ? i
        : throw new KeyNotFoundException($"{instrument} is not in this run's universe.");
}
