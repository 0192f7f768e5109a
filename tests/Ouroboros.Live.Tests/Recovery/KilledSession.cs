using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Tests.Parity;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Live.Tests.Recovery;

/// <summary>
/// Runs one agent session to its end in several runs: each run is killed by its crash double and the next one is a
/// restart (a new runtime, a fresh strategy and risk engine, the same journal, resuming after its last checkpoint with
/// its journaled inputs), until a run ends by itself.
/// </summary>
internal sealed class KilledSession(ReplayRig rig, string prefix = "S1")
{
    public InMemorySessionJournal Journal { get; } = new("session");

    /// <summary>Operator commands and the daily-cycle hook, shared by every run (the store outlives the process).</summary>
    public HaltingOperator? Operator { get; init; }

    /// <summary>Changes every run's spec the same way (the broker's account view, the reconcile interval, ...); null: none.</summary>
    public Func<AgentRunSpec, AgentRunSpec>? Configure { get; init; }

    /// <summary>What each run told, run by run.</summary>
    public List<List<Notification>> Told { get; } = [];

    public List<AgentRunOutcome> Outcomes { get; } = [];

    public List<string> Crashes { get; } = [];

    /// <summary>Runs with each crash double in turn (each a new process), then once more without any, to the end.</summary>
    public async Task RunAsync(params ICrashPoints[] crashes)
    {
        foreach (var crash in crashes)
        {
            if (await RunOnceAsync(crash)) continue;
            Crashes.Add(((CrashAt)crash).FiredAt!);
        }
        (await RunOnceAsync(NoCrashPoints.Instance)).ShouldBeTrue("the last run has no crash points");
    }

    /// <summary>True when the run ended by itself, false when it was killed.</summary>
    public async Task<bool> RunOnceAsync(ICrashPoints crash)
    {
        var checkpoint = await Journal.LastCheckpointAsync(CancellationToken.None);
        var inputs = await Journal.InputsAsync(CancellationToken.None);
        var told = new List<Notification>();
        Told.Add(told);
        var spec = rig.Agent(Journal, prefix, checkpoint?.SlicesDone ?? 0, inputs) with
        {
            CrashPoints = crash,
            Notify = told.Add,
            Operators = Operator,
            Cycle = Operator,
            PollInterval = TimeSpan.Zero,
        };
        if (Configure is { } configure) spec = configure(spec);
        try
        {
            Outcomes.Add(await new AgentRuntime().RunAsync(spec, CancellationToken.None));
            return true;
        }
        catch (Exception e) when (CrashAt.IsCrash(e))
        {
            return false;
        }
    }
}
