using System.Globalization;
using Ouroboros.Core.Ports;

namespace Ouroboros.Ai.Budgets;

/// <summary>
/// Counts calls, tokens and money per provider and per task per day, and says when a limit is spent. It is seeded
/// from the day's <c>llm_calls</c> rows so a restart does not reset the count. A call whose cost is unknown cannot
/// be checked against a money limit, so where one is set such a model is refused rather than assumed free.
/// Thread-safe.
/// </summary>
public sealed class BudgetBook
{
    private readonly IReadOnlyDictionary<string, BudgetLimits> _providers;
    private readonly IReadOnlyDictionary<string, BudgetLimits> _tasks;
    private readonly Dictionary<(string Scope, DateOnly Day), Spend> _spent = [];
    private readonly HashSet<(string Provider, DateOnly Day)> _exhausted = [];
    private readonly Lock _gate = new();

    public BudgetBook(IReadOnlyDictionary<string, BudgetLimits> providers, IReadOnlyDictionary<string, BudgetLimits> tasks)
    {
        _providers = providers ?? throw new ArgumentNullException(nameof(providers));
        _tasks = tasks ?? throw new ArgumentNullException(nameof(tasks));
    }

    public static BudgetBook Unlimited() => new(new Dictionary<string, BudgetLimits>(), new Dictionary<string, BudgetLimits>());

    /// <summary>Replays recorded calls (e.g. today's <c>llm_calls</c>) into the counters.</summary>
    public void Seed(IEnumerable<LlmCallRecord> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        foreach (var c in calls.Where(c => !c.CacheHit && c.Outcome != BudgetSpentOutcome)) Charge(c.Provider, c.Task, c.Time, c.TokensIn, c.TokensOut, c.Cost);
    }

    public const string BudgetSpentOutcome = "budget-spent";

    /// <summary>Null when the call may go ahead, else why not ("gemini: 20 of 20 calls per day spent").</summary>
    public string? Refusal(string provider, string task, DateTimeOffset now, bool costKnown)
    {
        lock (_gate)
        {
            var providerLimits = _providers.GetValueOrDefault(provider, BudgetLimits.None);
            if (_exhausted.Contains((provider, DayOf(now, providerLimits))))
                return $"{provider}: the provider reported its quota exhausted today";
            return Check($"provider {provider}", provider, providerLimits, now, costKnown)
                ?? Check($"task {task}", "task:" + task, _tasks.GetValueOrDefault(task, BudgetLimits.None), now, costKnown);
        }
    }

    /// <summary>Counts one call that reached the provider; unknown tokens or cost add nothing but the call.</summary>
    public void Charge(string provider, string task, DateTimeOffset time, int? tokensIn, int? tokensOut, decimal? cost)
    {
        lock (_gate)
        {
            Add(provider, _providers.GetValueOrDefault(provider, BudgetLimits.None), time, tokensIn, tokensOut, cost);
            Add("task:" + task, _tasks.GetValueOrDefault(task, BudgetLimits.None), time, tokensIn, tokensOut, cost);
        }
    }

    /// <summary>The provider said its quota is gone (e.g. Gemini's per-day quota): skip it until its day ends.</summary>
    public void MarkExhausted(string provider, DateTimeOffset now)
    {
        lock (_gate) _exhausted.Add((provider, DayOf(now, _providers.GetValueOrDefault(provider, BudgetLimits.None))));
    }

    /// <summary>Calls, tokens and money spent today by a provider (scope = name) or a task (scope = "task:" + name).</summary>
    public (int Calls, long Tokens, decimal Money) SpentToday(string scope, DateTimeOffset now)
    {
        lock (_gate)
        {
            var limits = scope.StartsWith("task:", StringComparison.Ordinal)
                ? _tasks.GetValueOrDefault(scope[5..], BudgetLimits.None)
                : _providers.GetValueOrDefault(scope, BudgetLimits.None);
            var s = _spent.GetValueOrDefault((scope, DayOf(now, limits)));
            return (s.Calls, s.Tokens, s.Money);
        }
    }

    private string? Check(string label, string scope, BudgetLimits limits, DateTimeOffset now, bool costKnown)
    {
        if (limits.IsUnlimited) return null;
        var s = _spent.GetValueOrDefault((scope, DayOf(now, limits)));
        if (limits.CallsPerDay is { } calls && s.Calls >= calls) return $"{label}: {s.Calls} of {calls} calls per day spent";
        if (limits.TokensPerDay is { } tokens && s.Tokens >= tokens) return $"{label}: {s.Tokens} of {tokens} tokens per day spent";
        if (limits.MoneyPerDay is { } money)
        {
            if (s.Money >= money) return $"{label}: ${s.Money.ToString("0.####", CultureInfo.InvariantCulture)} of ${money.ToString("0.####", CultureInfo.InvariantCulture)} per day spent";
            if (!costKnown) return $"{label}: a money limit is set and this model has no price, so its cost cannot be checked; add it to the price table";
        }
        return null;
    }

    private void Add(string scope, BudgetLimits limits, DateTimeOffset time, int? tokensIn, int? tokensOut, decimal? cost)
    {
        var key = (scope, DayOf(time, limits));
        var s = _spent.GetValueOrDefault(key);
        _spent[key] = new Spend(s.Calls + 1, s.Tokens + (tokensIn ?? 0) + (tokensOut ?? 0), s.Money + (cost ?? 0m));
    }

    private static DateOnly DayOf(DateTimeOffset time, BudgetLimits limits) =>
        DateOnly.FromDateTime(limits.ResetZone is { } zone ? TimeZoneInfo.ConvertTime(time, zone).DateTime : time.UtcDateTime);

    private readonly record struct Spend(int Calls, long Tokens, decimal Money);
}
