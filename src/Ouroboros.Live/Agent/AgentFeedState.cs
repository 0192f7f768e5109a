using Ouroboros.Core.Agent;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>The feed loop's state, shared by the runtime's helpers (one thread: the feed's).</summary>
internal sealed class AgentFeedState(AgentRunSpec spec, SessionRecorder recorder, ChannelInbox inbox, KernelProgress progress, Task kernel, long started,
    AgentReconciliation reconciliation, KernelProgress adoptions, LiveInputQueue queue, KernelProgress reports)
{
    /// <summary>A live feed's slices and marks and a live broker's reports, journaled by the feed loop before the kernel hears of them.</summary>
    public LiveInputQueue Queue { get; } = queue;

    /// <summary>Reports already journaled (this run or earlier), so a broker that says one twice is heard once.</summary>
    public HashSet<string> ReportKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>A live broker's reports the kernel applied, and how many this run put into the inbox (re-posted ones included).</summary>
    public KernelProgress Reports { get; } = reports;
    public long ReportsPosted { get; set; }

    public AgentRunSpec Spec { get; } = spec;
    public SessionRecorder Recorder { get; } = recorder;
    public ChannelInbox Inbox { get; } = inbox;
    public KernelProgress Progress { get; } = progress;
    public Task Kernel { get; } = kernel;
    public long Started { get; } = started;
    public AgentReconciliation Reconciliation { get; } = reconciliation;
    public KernelProgress Adoptions { get; } = adoptions;

    /// <summary>Broker-state adoptions put into the inbox by this run (journaled ones re-posted included).</summary>
    public long AdoptionsPosted { get; set; }

    /// <summary>The universe by id, in the kernel's order: journaled inputs name instruments by id, never by index.</summary>
    public IReadOnlyList<InstrumentId> Instruments { get; } = [.. spec.Series.Select(s => s.Instrument.Id)];

    public IReadOnlyDictionary<InstrumentId, int> Index { get; } = spec.Series.Select((s, i) => (s.Instrument.Id, i)).ToDictionary(x => x.Id, x => x.i);

    /// <summary>Journaled inputs by sequence, and the next one to re-apply.</summary>
    public IReadOnlyList<AgentInput> Inputs { get; set; } = [];
    public int NextInput { get; set; }
    public long NextInputSequence { get; set; }

    public long Slice { get; set; }
    public long? SlicesTotal { get; set; }
    public int TradingDays { get; set; }
    public DateOnly? LastDate { get; set; }
    public DateTimeOffset? LastPublish { get; set; }
    public DateTimeOffset? ReplayTime { get; set; }
    public DateTimeOffset? LastBarTime { get; set; }
    public DateTimeOffset? LastOperatorTime { get; set; }
    public long? LastPoll { get; set; }
    public long? LastHeartbeat { get; set; }
    public TimeSpan? RestartToTrading { get; set; }
    public bool Reconciled { get; set; }

    /// <summary>The journal's re-run is over: the kernel has been told everything earlier runs journaled.</summary>
    public bool CaughtUp { get; set; }

    public AgentStatus Status() => new(Slice, SlicesTotal ?? Slice, LastBarTime, ReplayTime, Recorder.TradingState, Recorder.WorkingOrders,
        new Dictionary<string, decimal>(Recorder.Positions, StringComparer.Ordinal), Recorder.Equity, Recorder.Cash,
        Recorder.DayStartEquity is { } start ? Recorder.Equity - start : null, TradingDays, Slice < Spec.ResumeAfterSlices);
}
