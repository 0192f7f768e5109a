using Ouroboros.Backtest.Engine;
using Ouroboros.Analytics.Reports;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Events;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Triggers;
using Ouroboros.Risk.Events;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// The risk report: counts what each rule denied, then replays the backtest once per rule with only that rule off,
/// so a user sees what the rule cost or saved. Replays are deterministic (same data, same seeds), so the difference
/// is the rule's doing. At most <see cref="MaxReplays"/> rules are replayed, the busiest first.
/// </summary>
public static class RiskWhatIf
{
    public const int MaxReplays = 24;

    public static async Task<RiskReport> BuildAsync(BacktestSpec spec, KernelResult actual, RiskEnvironment env,
        Func<BacktestSpec, BacktestSpec> fresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(fresh);
        var denials = actual.RiskDecisions.Where(d => !d.Approved).GroupBy(d => d.Gate ?? "(unnamed)")
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var exitSignals = actual.RiskEvents.Count(e => e.Kind == RiskEventKind.ExitSignal);
        var rules = denials.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        if (exitSignals > 0) rules.Add(StandardRiskEngine.ExitRules);

        var impacts = new List<RiskRuleImpact>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var denied = denials.GetValueOrDefault(rule) ?? [];
            var missing = denied.Count(d => d.Reason?.StartsWith(RiskVerdict.DataMissingPrefix, StringComparison.Ordinal) == true);
            if (i >= MaxReplays)
            {
                impacts.Add(new RiskRuleImpact(rule, denied.Count, missing, null, null, null, null, null));
                continue;
            }
            var without = RulesSwitchedOff(rule);
            var replaySpec = fresh(spec) with { Risk = StandardRiskEngine.Create(env, backtest: true, without), Exits = StandardRiskEngine.Exits(env, without) };
            var replay = await BacktestRunner.RunAsync(replaySpec, null, cancellationToken).ConfigureAwait(false);
            var (revived, pnl) = DeniedIntentsOutcome(denied, replay);
            impacts.Add(new RiskRuleImpact(rule, denied.Count, missing, replay.Orders.Count, revived, pnl, replay.FinalEquity, replay.FinalEquity - actual.FinalEquity));
        }
        var halts = actual.RiskEvents.Count(e => e.IsMoveTo(TradingState.Halted));
        var alerts = actual.RiskEvents.Where(e => e.Kind == RiskEventKind.Alert).ToList();
        return new RiskReport(impacts, halts, alerts.Count, exitSignals, actual.FinalEquity,
            [.. alerts.Take(50).Select(a => $"{a.Time:yyyy-MM-dd HH:mm}Z {a.Source}: {a.Message}")]);
    }

    /// <summary>
    /// What a replay switches off for a report row. Denials by the trading state come, in a backtest, only from the
    /// daily P&amp;L triggers (no operator acts in a replay), so that row replays without the circuit breaker and the
    /// daily loss limit; every other row names a gate or the exit rules.
    /// </summary>
    public static IReadOnlySet<string> RulesSwitchedOff(string rule) => rule == RiskEngine.StateGate
        ? new HashSet<string>(StringComparer.Ordinal) { DailyPnlTrigger.CircuitBreaker, DailyPnlTrigger.DailyLossLimit }
        : new HashSet<string>(StringComparer.Ordinal) { rule };

    /// <summary>
    /// The orders the rule denied, found again in the replay by decision time and instrument, and the net P&amp;L of
    /// the round trips their fills opened (closed ones realised, open ones marked at the end).
    /// </summary>
    private static (int Revived, decimal Pnl) DeniedIntentsOutcome(List<RiskDecision> denied, KernelResult replay)
    {
        var keys = denied.Select(d => (d.Time, d.Instrument)).ToHashSet();
        var revivedOrders = replay.Orders.Where(o => keys.Contains((o.Request.CreatedAt, o.Request.Instrument))).Select(o => o.Request.Id).ToHashSet();
        var entryFills = replay.Fills.Where(f => revivedOrders.Contains(f.OrderId)).Select(f => (f.Instrument, f.Time)).ToHashSet();
        var pnl = replay.Trades.Where(t => entryFills.Contains((t.Instrument, t.EntryTime))).Sum(t => t.NetPnl)
            + replay.OpenTrades.Where(t => entryFills.Contains((t.Instrument, t.EntryTime))).Sum(t => t.UnrealizedPnl - t.FeesPaid);
        return (revivedOrders.Count, pnl);
    }
}
