using Ouroboros.Core.Events;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;

namespace Ouroboros.Core.Tests.Support;

/// <summary>
/// A kernel over two generic USD instruments (A and B) with a scripted strategy, a recording broker, an in-memory
/// journal and a simulated clock. Tests change what they need and call <see cref="RunAsync"/>.
/// </summary>
internal sealed class KernelHarness
{
    public static readonly DateTimeOffset Day1 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly Instrument A = GenericVenue.Instrument("A");
    public static readonly Instrument B = GenericVenue.Instrument("B");
    public static readonly StrategyId ScriptedId = new("scripted");

    public KernelHarness()
    {
        Strategy = new ScriptedStrategy(Log);
        Broker = new RecordingBroker(Log) { InstrumentOf = i => Instruments[i].Id };
    }

    public CallLog Log { get; } = new();
    public ScriptedStrategy Strategy { get; }
    public RecordingBroker Broker { get; }
    public InMemoryOrderJournal Journal { get; } = new();
    public SimulatedTimeProvider Clock { get; } = new(Day1.AddDays(-1));
    public IReadOnlyList<Instrument> Instruments { get; set; } = [A, B];
    public List<IRiskGate> Gates { get; } = [];
    public SizingPolicy Sizing { get; set; } = SizingPolicy.Parse("fixed:10");
    public decimal InitialCash { get; set; } = 100_000m;
    public List<BarEvent> Events { get; } = [];
    public List<int> SlicesDone { get; } = [];

    /// <summary>Adds a bar for instrument <paramref name="instrument"/> at <paramref name="time"/>; open 1 below close.</summary>
    public KernelHarness Bar(int instrument, DateTimeOffset time, decimal close)
    {
        Events.Add(new BarEvent(instrument, new Bar(time, close - 1m, close + 2m, close - 2m, close, 1_000m)));
        return this;
    }

    public static TradeIntent Intent(Instrument instrument, IntentAction action = IntentAction.Buy, SizeSpec? size = null, DateTimeOffset? time = null) =>
        new(instrument.Id, action, ScriptedId, time ?? Day1, size);

    /// <summary>A full risk engine (limits, triggers) to use instead of the bare gate list.</summary>
    public RiskEngine? Risk { get; set; }
    public PositionExitRules? Exits { get; set; }
    public MarketCalendar? Calendar { get; set; }
    public bool DailyBars { get; set; }
    public TradingKernel? Kernel { get; private set; }

    public KernelSetup Setup() => new(Instruments, [.. Instruments.Select(_ => GenericVenue.Model(0m))], Strategy, Broker, Risk ?? new RiskEngine(Gates),
        Sizing, Currency.USD, InitialCash, Clock, Journal)
    {
        Exits = Exits,
        Calendar = Calendar,
        DailyBars = DailyBars,
    };

    public Task<KernelResult> RunAsync()
    {
        Kernel = new TradingKernel(Setup());
        return Kernel.RunAsync(new ArraySource(Events), SlicesDone.Add, CancellationToken.None);
    }
}
