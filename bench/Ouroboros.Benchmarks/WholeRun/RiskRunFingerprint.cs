using Ouroboros.Core.Kernel;
using Ouroboros.Risk.Events;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// What a W5 run must reproduce exactly, and what a reader needs to judge whether the runs with and without the house
/// rules did comparable work: how many orders each sent, how many the risk engine denied (and by which rule), how
/// many exits its rules raised and how many intents never became orders.
/// </summary>
/// <param name="DeniedByGate">Denials per rule, as "gate=count" in descending count, joined by ", "; empty when none.</param>
public sealed record RiskRunFingerprint(RunFingerprint Run, int Decisions, int Denials, int ExitSignals, int StateChanges, int Alerts, int SkippedIntents, string DeniedByGate)
{
    public static RiskRunFingerprint Of(KernelResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var denied = result.RiskDecisions.Where(d => !d.Approved).ToArray();
        var byGate = string.Join(", ", denied
            .GroupBy(d => d.Gate ?? "?", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FormattableString.Invariant($"{g.Key}={g.Count()}")));
        return new RiskRunFingerprint(RunFingerprint.Of(result), result.RiskDecisions.Count, denied.Length,
            result.RiskEvents.Count(e => e.Kind == RiskEventKind.ExitSignal),
            result.RiskEvents.Count(e => e.Kind == RiskEventKind.StateChanged),
            result.RiskEvents.Count(e => e.Kind == RiskEventKind.Alert),
            result.SkippedIntents.Count, byGate);
    }
}
