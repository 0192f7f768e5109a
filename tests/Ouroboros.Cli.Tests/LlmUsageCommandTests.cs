using System.Text.Json;
using Ouroboros.Cli.Commands;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>`ouroboros llm usage`: the summary of the llm_calls a journal holds, as a table or as JSON.</summary>
public sealed class LlmUsageCommandTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 14, 0, 0, TimeSpan.Zero);

    private static LlmCallRecord Call(DateTimeOffset time, string outcome, int? tokensIn, int? tokensOut, decimal? cost, double latencyMs,
        string task = "trading-decision", string model = "gpt-5.1") =>
        new(time, task, "openai", model, "hash", tokensIn, tokensOut, cost, latencyMs, outcome, outcome == "cache-hit");

    private static async Task<string> JournalWith(TempDirectory tmp, params LlmCallRecord[] calls)
    {
        var db = tmp.File("journal.db");
        var log = await SqliteLlmCallLog.OpenAsync(new SqliteStoreOptions { Path = db }, TimeProvider.System);
        foreach (var call in calls) await log.AppendAsync(call, CancellationToken.None);
        return db;
    }

    [Fact]
    public async Task Usage_as_json_gives_the_figures_of_the_logged_calls_in_the_asked_days()
    {
        using var tmp = new TempDirectory();
        var db = await JournalWith(tmp,
            Call(Monday, "ok", 1000, 200, 0.003250m, 800),
            Call(Monday.AddMinutes(1), "ok", null, null, null, 400),
            Call(Monday.AddMinutes(2), "server-error", null, null, null, 100),
            Call(Monday.AddMinutes(3), "cache-hit", 1000, 200, 0m, 0),
            Call(Monday.AddMinutes(4), "budget-spent", null, null, null, 0),
            Call(Monday.AddDays(1), "ok", 500, 50, 0.001125m, 600, task: "playbook"),
            Call(Monday.AddDays(2), "ok", 9999, 9999, 1m, 5000));

        var (code, stdout, stderr) = await InProcess.RunAsync("llm", "usage", "--from", "2025-03-03", "--to", "2025-03-04", "--json", "--db", db);

        code.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("from").GetString().ShouldBe("2025-03-03");
        root.GetProperty("to").GetString().ShouldBe("2025-03-04");
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        var first = rows[0];
        first.GetProperty("day").GetString().ShouldBe("2025-03-03");
        first.GetProperty("task").GetString().ShouldBe("trading-decision");
        first.GetProperty("model").GetString().ShouldBe("gpt-5.1");
        first.GetProperty("calls").GetInt32().ShouldBe(3);
        first.GetProperty("ok").GetInt32().ShouldBe(2);
        first.GetProperty("failures").GetProperty("server-error").GetInt32().ShouldBe(1);
        first.GetProperty("cache_hits").GetInt32().ShouldBe(1);
        first.GetProperty("budget_spent").GetInt32().ShouldBe(1);
        first.GetProperty("tokens_in").GetInt64().ShouldBe(1000);
        first.GetProperty("tokens_out").GetInt64().ShouldBe(200);
        first.GetProperty("unknown_usage").GetInt32().ShouldBe(2);
        first.GetProperty("cost_usd").GetDecimal().ShouldBe(0.003250m);
        first.GetProperty("unpriced").GetInt32().ShouldBe(2);
        first.GetProperty("median_latency_ms").GetDouble().ShouldBe(400);
        rows[1].GetProperty("task").GetString().ShouldBe("playbook");
        var totals = root.GetProperty("totals");
        totals.GetProperty("calls").GetInt32().ShouldBe(4);
        totals.GetProperty("tokens_in").GetInt64().ShouldBe(1500);
        totals.GetProperty("cost_usd").GetDecimal().ShouldBe(0.004375m);
    }

    [Fact]
    public async Task Usage_as_a_table_shows_a_row_per_day_task_and_model_and_the_totals()
    {
        using var tmp = new TempDirectory();
        var db = await JournalWith(tmp,
            Call(Monday, "ok", 1000, 200, 0.003250m, 800),
            Call(Monday.AddMinutes(1), "timeout", null, null, null, 60000),
            Call(Monday.AddDays(1), "ok", 500, 50, null, 600, task: "playbook", model: "llama3"));

        var (code, stdout, stderr) = await InProcess.RunAsync("llm", "usage", "--from", "2025-03-03", "--to", "2025-03-04", "--db", db);

        code.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.Single(l => l.TrimStart().StartsWith("DAY", StringComparison.Ordinal));
        var decision = lines.Single(l => l.TrimStart().StartsWith("2025-03-03", StringComparison.Ordinal) && l.Contains("trading-decision", StringComparison.Ordinal));
        var playbook = lines.Single(l => l.TrimStart().StartsWith("2025-03-04", StringComparison.Ordinal));
        var total = lines.Single(l => l.TrimStart().StartsWith("TOTAL", StringComparison.Ordinal));
        decision.ShouldContain("openai/gpt-5.1");
        decision.ShouldContain("timeout 1");
        decision.ShouldContain("0.00325");
        playbook.ShouldContain("n/a"); // llama3 has no price: its cost is unknown, not 0
        header.ShouldContain("UNPRICED");
        // Columns line up: the figures end where their header ends.
        var callsEnd = header.IndexOf("CALLS", StringComparison.Ordinal) + "CALLS".Length;
        decision[callsEnd - 1].ShouldBe('2');
        total[callsEnd - 1].ShouldBe('3');
    }

    [Fact]
    public async Task Usage_of_an_empty_journal_says_there_were_no_calls()
    {
        using var tmp = new TempDirectory();

        var (code, stdout, stderr) = await InProcess.RunAsync("llm", "usage", "--db", tmp.File("empty.db"));

        code.ShouldBe(0, stderr);
        stdout.ShouldStartWith("No LLM calls logged");
    }

    [Fact]
    public async Task Usage_covers_today_by_default()
    {
        using var tmp = new TempDirectory();
        var db = await JournalWith(tmp, Call(TimeProvider.System.GetUtcNow(), "ok", 10, 2, 0.0001m, 300, task: "chat"));

        var (code, stdout, stderr) = await InProcess.RunAsync("llm", "usage", "--json", "--db", db);

        code.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("task").GetString().ShouldBe("chat");
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--from", "03/01/2025")]
    public async Task Bad_windows_are_refused_with_exit_code_2(string option, string value)
    {
        using var tmp = new TempDirectory();

        var (code, _, stderr) = await InProcess.RunAsync("llm", "usage", option, value, "--db", tmp.File("j.db"));

        code.ShouldBe(2);
        stderr.ShouldContain(option);
    }

    [Fact]
    public async Task Days_and_from_together_are_refused()
    {
        var (code, _, stderr) = await InProcess.RunAsync("llm", "usage", "--days", "3", "--from", "2025-03-01");

        code.ShouldBe(2);
        stderr.ShouldContain("either --days or --from");
    }
}
