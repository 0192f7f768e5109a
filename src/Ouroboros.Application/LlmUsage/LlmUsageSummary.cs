using Ouroboros.Ai.Budgets;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.LlmUsage;

/// <summary>
/// What the models were used for and what it cost, from <c>llm_calls</c>: one row per UTC day, task and model, plus
/// totals. Only attempts that reached a provider count as calls and carry tokens, cost and latency; cache hits and
/// budget refusals are counted on their own because nothing was spent on them. Token and cost sums cover the known
/// values only, next to how many calls did not report them, so a missing figure never reads as zero.
/// </summary>
public sealed record LlmUsageSummary(IReadOnlyList<LlmUsageSummary.Row> Rows, LlmUsageSummary.Figures Totals)
{
    public const string CacheHitOutcome = "cache-hit";

    public bool IsEmpty => Rows.Count == 0;

    public static LlmUsageSummary From(IEnumerable<LlmCallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var all = calls.ToList();
        var rows = all
            .GroupBy(c => (Day: DateOnly.FromDateTime(c.Time.UtcDateTime), c.Task, c.Provider, c.Model))
            .OrderBy(g => g.Key.Day)
            .ThenBy(g => g.Key.Task, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Provider, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Model, StringComparer.Ordinal)
            .Select(g => new Row(g.Key.Day, g.Key.Task, g.Key.Provider, g.Key.Model, Figures.Of(g)))
            .ToList();
        return new LlmUsageSummary(rows, Figures.Of(all));
    }

    /// <summary>True for a logged answer that came from the response cache (no provider was asked).</summary>
    public static bool IsCacheHit(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.CacheHit || string.Equals(call.Outcome, CacheHitOutcome, StringComparison.Ordinal);
    }

    /// <summary>True for a call the budget refused before any provider was asked.</summary>
    public static bool IsBudgetRefusal(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return !IsCacheHit(call) && string.Equals(call.Outcome, BudgetBook.BudgetSpentOutcome, StringComparison.Ordinal);
    }

    /// <summary>One UTC day of one task on one model.</summary>
    public sealed record Row(DateOnly Day, string Task, string Provider, string Model, Figures Figures);

    /// <summary>
    /// <see cref="Calls"/> = attempts that reached a provider, <see cref="Ok"/> of them answered, <see cref="Failures"/>
    /// the rest by outcome. Token sums are null when no call reported usage; <see cref="UnknownUsage"/> counts the calls
    /// that did not. <see cref="Cost"/> (USD) is null when no call was priced; <see cref="Unpriced"/> counts those
    /// without a cost. <see cref="MedianLatencyMs"/> is null without calls.
    /// </summary>
    public sealed record Figures(
        int Calls,
        int Ok,
        IReadOnlyDictionary<string, int> Failures,
        int CacheHits,
        int BudgetSpent,
        long? TokensIn,
        long? TokensOut,
        int UnknownUsage,
        decimal? Cost,
        int Unpriced,
        double? MedianLatencyMs)
    {
        public int Failed => Calls - Ok;

        public static Figures Of(IEnumerable<LlmCallRecord> calls)
        {
            ArgumentNullException.ThrowIfNull(calls);
            var list = calls.ToList();
            var attempts = list.Where(c => !IsCacheHit(c) && !IsBudgetRefusal(c)).ToList();
            var failures = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var failed in attempts.Where(c => !IsOk(c)))
                failures[failed.Outcome] = failures.GetValueOrDefault(failed.Outcome) + 1;
            var knownIn = attempts.Where(c => c.TokensIn is not null).ToList();
            var knownOut = attempts.Where(c => c.TokensOut is not null).ToList();
            var priced = attempts.Where(c => c.Cost is not null).ToList();
            return new Figures(
                attempts.Count,
                attempts.Count(IsOk),
                failures,
                list.Count(IsCacheHit),
                list.Count(IsBudgetRefusal),
                knownIn.Count == 0 ? null : knownIn.Sum(c => (long)c.TokensIn!.Value),
                knownOut.Count == 0 ? null : knownOut.Sum(c => (long)c.TokensOut!.Value),
                attempts.Count(c => c.TokensIn is null || c.TokensOut is null),
                priced.Count == 0 ? null : priced.Sum(c => c.Cost!.Value),
                attempts.Count - priced.Count,
                Median(attempts.Select(c => c.LatencyMs)));
        }

        private static bool IsOk(LlmCallRecord call) => string.Equals(call.Outcome, "ok", StringComparison.Ordinal);

        private static double? Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            if (sorted.Length == 0) return null;
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
