using Ouroboros.Core.Language;
using System.Globalization;
using Ouroboros.Ai.Budgets;

namespace Ouroboros.Hosting.Llm;

/// <summary>Llm:Budgets: SCOPE=CALLS/TOKENS/USD separated by ';', '-' for no limit; SCOPE a provider or task:NAME.</summary>
public static class LlmBudgetSpec
{
    public static (Dictionary<string, BudgetLimits> Providers, Dictionary<string, BudgetLimits> Tasks) Parse(string text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var providers = new Dictionary<string, BudgetLimits>(StringComparer.OrdinalIgnoreCase);
        var tasks = new Dictionary<string, BudgetLimits>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var parts = eq > 0 ? entry[(eq + 1)..].Split('/', StringSplitOptions.TrimEntries) : [];
            int? calls = null;
            long? tokens = null;
            decimal? usd = null;
            var ok = eq > 0 && parts.Length == 3
                && Optional(parts[0], s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null, out calls)
                && Optional(parts[1], s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null, out tokens)
                && Optional(parts[2], s => decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null, out usd);
            if (!ok)
            {
                problems.Add($"budget '{entry}' is not SCOPE=CALLS/TOKENS/USD with whole numbers or '-', e.g. gemini=20/-/- or task:playbook=-/200000/1.50");
                continue;
            }
            var scope = entry[..eq].Trim();
            if (scope.StartsWith("task:", StringComparison.OrdinalIgnoreCase))
            {
                var task = scope[5..];
                if (!LlmTasks.TryParse(task, out _)) problems.Add($"budget '{entry}': unknown task '{task}'");
                tasks[task.ToLowerInvariant()] = new BudgetLimits(calls, tokens, usd);
            }
            else
            {
                providers[scope] = new BudgetLimits(calls, tokens, usd,
                    scope.Equals("gemini", StringComparison.OrdinalIgnoreCase) ? TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles") : null);
            }
        }
        return (providers, tasks);
    }

    private static bool Optional<T>(string text, Func<string, T?> parse, out T? value) where T : struct
    {
        value = null;
        if (text == "-") return true;
        value = parse(text);
        return value is not null;
    }

    public static string? Check(string text)
    {
        var problems = new List<string>();
        Parse(text, problems);
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
