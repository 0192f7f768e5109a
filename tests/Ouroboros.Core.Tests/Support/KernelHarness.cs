using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Sinks;
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
    public List<KernelEvent> Events { get; } = [];
    public List<int> SlicesDone { get; } = [];

    /// <summary>Adds a bar for instrument <paramref name="instrument"/> at <paramref name="time"/>; open 1 below close.</summary>
    public KernelHarness Bar(int instrument, DateTimeOffset time, decimal close)
    {
        Events.Add(KernelEvent.OfBar(instrument, new Bar(time, close - 1m, close + 2m, close - 2m, close, 1_000m)));
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
        Venue = Broker,
        Exits = Exits,
        Calendar = Calendar,
        DailyBars = DailyBars,
    };

    /// <summary>Adds an inbox event that is not a bar (report, timer, operator command) at this point of the stream.</summary>
    public KernelHarness Event(KernelEvent kernelEvent)
    {
        Events.Add(kernelEvent);
        return this;
    }

    /// <summary>Extra sinks besides the recorder the result is built from.</summary>
    public List<IKernelSink> Sinks { get; } = [];

    public RunRecorder? Recorder { get; private set; }

    public Task<KernelResult> RunAsync() => RunAsync(Setup());

    /// <summary>Runs the given setup (made with <see cref="Setup"/>) over <see cref="Events"/>, recording the result.</summary>
    public async Task<KernelResult> RunAsync(KernelSetup setup, IKernelInbox? inbox = null)
    {
        Recorder = new RunRecorder();
        Kernel = new TradingKernel(setup with { Sinks = [Recorder, .. Sinks] });
        var summary = await Kernel.RunAsync(inbox ?? new ArraySource(Events), SlicesDone.Add, CancellationToken.None);
        return Recorder.ToResult(summary);
    }
}
