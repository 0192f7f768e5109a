using System.Globalization;
using System.Text.Json;
using Ouroboros.Application.LlmUsage;

namespace Ouroboros.Cli.Output;

/// <summary>`llm usage`: the summary of <c>llm_calls</c> as an aligned table or one JSON object.</summary>
public static class LlmUsagePrinter
{
    public static async Task PrintAsync(TextWriter output, LlmUsageSummary summary, DateOnly first, DateOnly last, string database)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        var period = $"{Day(first)} → {Day(last)} (UTC)";
        if (summary.IsEmpty)
        {
            await output.WriteLineAsync($"No LLM calls logged {period} in {database}.").ConfigureAwait(false);
            return;
        }
        await output.WriteLineAsync($"LLM calls {period} from {database}").ConfigureAwait(false);
        var rows = new List<string[]>
        {
            new[] { "DAY", "TASK", "MODEL", "CALLS", "OK", "CACHE", "BUDGET", "TOKENS IN", "TOKENS OUT", "NO USAGE", "COST USD", "UNPRICED", "P50 MS", "FAILURES" },
        };
        rows.AddRange(summary.Rows.Select(r => Cells(Day(r.Day), r.Task, r.Provider + "/" + r.Model, r.Figures)));
        rows.Add(Cells("TOTAL", "", "", summary.Totals));
        await LlmTable.WriteAsync(output, rows, "LLLRRRRRRRRRRL").ConfigureAwait(false);
        await output.WriteLineAsync("CALLS = attempts sent to a provider; CACHE hits and BUDGET refusals are counted apart and spent nothing.").ConfigureAwait(false);
        await output.WriteLineAsync("Tokens and cost add up the calls that reported them; NO USAGE and UNPRICED count the calls that did not.").ConfigureAwait(false);
    }

    public static async Task PrintJsonAsync(TextWriter output, LlmUsageSummary summary, DateOnly first, DateOnly last, string database)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        var document = new Dictionary<string, object?>
        {
            ["from"] = Day(first),
            ["to"] = Day(last),
            ["database"] = database,
            ["rows"] = summary.Rows.Select(r => new Dictionary<string, object?>
            {
                ["day"] = Day(r.Day), ["task"] = r.Task, ["provider"] = r.Provider, ["model"] = r.Model,
            }.Concat(Json(r.Figures)).ToDictionary()),
            ["totals"] = Json(summary.Totals),
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(document)).ConfigureAwait(false);
    }

    private static string[] Cells(string day, string task, string model, LlmUsageSummary.Figures f) =>
    [
        day, task, model, Count(f.Calls), Count(f.Ok), Count(f.CacheHits), Count(f.BudgetSpent),
        Tokens(f.TokensIn), Tokens(f.TokensOut), Count(f.UnknownUsage), Cost(f.Cost), Count(f.Unpriced),
        Format.Num(f.MedianLatencyMs, "0"), Failures(f.Failures),
    ];

    private static Dictionary<string, object?> Json(LlmUsageSummary.Figures f) => new()
    {
        ["calls"] = f.Calls, ["ok"] = f.Ok, ["failed"] = f.Failed, ["failures"] = f.Failures,
        ["cache_hits"] = f.CacheHits, ["budget_spent"] = f.BudgetSpent,
        ["tokens_in"] = f.TokensIn, ["tokens_out"] = f.TokensOut, ["unknown_usage"] = f.UnknownUsage,
        ["cost_usd"] = f.Cost, ["unpriced"] = f.Unpriced, ["median_latency_ms"] = f.MedianLatencyMs,
    };

    private static string Failures(IReadOnlyDictionary<string, int> failures) =>
        failures.Count == 0 ? "-" : string.Join(", ", failures.Select(f => $"{f.Key} {Count(f.Value)}"));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Tokens(long? n) => n is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : "n/a";

    public static string Cost(decimal? usd) => usd is { } v ? v.ToString("#,0.0000##", CultureInfo.InvariantCulture) : "n/a";
}
