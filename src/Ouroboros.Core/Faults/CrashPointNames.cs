namespace Ouroboros.Core.Faults;

/// <summary>Every crash point the kernel and the agent hit, so the harness can check it covers them all.</summary>
public static class CrashPointNames
{
    public const string OrderAfterDecide = "order.after-decide";
    public const string OrderAfterPersist = "order.after-persist";
    public const string OrderAfterSend = "order.after-send";
    public const string OrderAfterAck = "order.after-ack";
    public const string OrderAfterDenied = "order.after-denied";
    public const string FillBeforeJournal = "fill.before-journal";
    public const string FillAfterJournal = "fill.after-journal";
    public const string SliceBeforeCheckpoint = "slice.before-checkpoint";
    public const string SliceAfterCheckpoint = "slice.after-checkpoint";
    public const string OperatorBeforeApply = "operator.before-apply";
    public const string KillBeforeCancel = "kill.before-cancel";
    public const string KillAfterCancel = "kill.after-cancel";
    public const string JobBeforeMark = "job.before-mark";
    public const string JobAfterMark = "job.after-mark";
    public const string PreMarketBeforePlaybook = "premarket.before-playbook";
    public const string PostMarketBeforeReview = "postmarket.before-review";
    public const string PostMarketAfterReview = "postmarket.after-review";
    public const string SessionAfterLease = "session.after-lease";
    public const string RecoveryMidReplay = "recovery.mid-replay";
    public const string ReconcileAfterQuery = "reconcile.after-query";
    public const string ShutdownBeforeFlush = "shutdown.before-flush";

    public static IReadOnlyList<string> All { get; } =
    [
        OrderAfterDecide, OrderAfterPersist, OrderAfterSend, OrderAfterAck, OrderAfterDenied, FillBeforeJournal, FillAfterJournal,
        SliceBeforeCheckpoint, SliceAfterCheckpoint, OperatorBeforeApply, KillBeforeCancel, KillAfterCancel,
        JobBeforeMark, JobAfterMark, PreMarketBeforePlaybook, PostMarketBeforeReview, PostMarketAfterReview,
        SessionAfterLease, RecoveryMidReplay, ReconcileAfterQuery, ShutdownBeforeFlush,
    ];
}
