using Ouroboros.Core.Faults;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// The crash scenarios of the harness, with hit counts taken from the reference run so each one lands mid-run (plus a
/// few at the edges: the first order, the last fill, checkpoint and job), and the points a plain `ouroboros run` never
/// reaches, each with the reason.
/// </summary>
public static class CrashScenarios
{
    /// <summary>Points no scenario can reach through `ouroboros run` on a replay, and why.</summary>
    public static IReadOnlyDictionary<string, string> Unreached { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    public static IReadOnlyList<CrashScenario> For(ReferenceCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var stop = $"{CrashPointNames.SliceAfterCheckpoint}#{counts.SliceWithWorkingOrder}";
        var midOrder = Math.Max(1, counts.Approved / 2);
        return
        [
            // First, as they share the operator reference (made once, while the other worker goes on).
            new(CrashPointNames.KillBeforeCancel, 1, stop, KillSwitchWhileDown: true, ExpectedRestarts: 2),
            new(CrashPointNames.KillAfterCancel, 1, stop, KillSwitchWhileDown: true, ExpectedRestarts: 2),
            new(CrashPointNames.OperatorBeforeApply, 1, stop, KillSwitchWhileDown: true, ExpectedRestarts: 2),
            new(CrashPointNames.OrderAfterDecide, midOrder),
            new(CrashPointNames.OrderAfterPersist, midOrder),
            new(CrashPointNames.OrderAfterPersist, 1),
            new(CrashPointNames.OrderAfterSend, midOrder),
            new(CrashPointNames.OrderAfterAck, midOrder),
            new(CrashPointNames.OrderAfterDenied, Math.Max(1, counts.Denied)),
            new(CrashPointNames.FillBeforeJournal, Math.Max(1, counts.Fills / 2)),
            new(CrashPointNames.FillAfterJournal, Math.Max(1, counts.Fills / 2)),
            new(CrashPointNames.FillAfterJournal, counts.Fills),
            new(CrashPointNames.SliceBeforeCheckpoint, counts.Checkpoints / 2),
            new(CrashPointNames.SliceAfterCheckpoint, counts.Checkpoints / 2),
            new(CrashPointNames.SliceAfterCheckpoint, counts.Checkpoints),
            new(CrashPointNames.JobBeforeMark, counts.Jobs / 2),
            new(CrashPointNames.JobAfterMark, counts.Jobs / 2),
            new(CrashPointNames.JobBeforeMark, counts.Jobs),
            new(CrashPointNames.PreMarketBeforePlaybook, counts.PreMarkets / 2),
            new(CrashPointNames.PostMarketBeforeReview, counts.PostMarkets / 2),
            new(CrashPointNames.PostMarketAfterReview, counts.PostMarkets / 2),
            // The process that died here never recorded its start, so the session it leaves behind has not restarted.
            new(CrashPointNames.SessionAfterLease, 1, ExpectedRestarts: 0),
            new(CrashPointNames.ShutdownBeforeFlush, 1),
            // Reconciled once when trading starts (then every Reconcile:IntervalSeconds of the machine's clock).
            new(CrashPointNames.ReconcileAfterQuery, 1),
            // Only a restart re-runs slices: stop once, then die halfway through the re-run.
            new(CrashPointNames.RecoveryMidReplay, 1, $"{CrashPointNames.SliceAfterCheckpoint}#{counts.Checkpoints * 2 / 3}", ExpectedRestarts: 2),
        ];
    }
}
