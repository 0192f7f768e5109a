using System.CommandLine;
using System.Globalization;
using Ouroboros.Cli.Output;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Hosting.Llm;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros llm usage`: calls, tokens, cost and latency per day, task and model, read from <c>llm_calls</c>.</summary>
public static class LlmUsageCommand
{
    public const int DefaultDays = 7;

    public static Command Create(CliIo io, Func<ParseResult, (OuroborosOptions Options, SqliteStoreOptions Store)> settings)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(settings);
        var days = new Option<int?>("--days") { Description = $"The last N UTC days, today included (default {DefaultDays})" };
        var from = new Option<string?>("--from") { Description = "First UTC day, YYYY-MM-DD (instead of --days)" };
        var to = new Option<string?>("--to") { Description = "Last UTC day, YYYY-MM-DD, included (default today)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the rows and the totals" };
        var command = new Command("usage", "Summarise the logged model calls: per UTC day, task and model the calls, failures, cache hits, budget refusals, tokens, cost and median latency.")
        {
            days, from, to, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var window = Window(parse.GetValue(days), parse.GetValue(from), parse.GetValue(to), TimeProvider.System.GetUtcNow());
            var (_, store) = settings(parse);
            var log = await SqliteLlmCallLog.OpenAsync(store, TimeProvider.System, ct).ConfigureAwait(false);
            var calls = await log.ListAsync(window.From, window.To, ct).ConfigureAwait(false);
            var summary = LlmUsageSummary.From(calls);
            if (parse.GetValue(json))
                await LlmUsagePrinter.PrintJsonAsync(io.Out, summary, window.FirstDay, window.LastDay, log.Path).ConfigureAwait(false);
            else
                await LlmUsagePrinter.PrintAsync(io.Out, summary, window.FirstDay, window.LastDay, log.Path).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The UTC days asked for, as the half-open instant range the call log reads.</summary>
    public static LlmUsageWindow Window(int? days, string? from, string? to, DateTimeOffset now)
    {
        if (days is not null && from is not null)
            throw new FormatException("use either --days or --from/--to, not both");
        if (days is <= 0 or > 3660)
            throw new FormatException($"--days must be 1-3660, not {days}");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var last = Day(to, "--to") ?? today;
        var first = Day(from, "--from") ?? last.AddDays(-((days ?? DefaultDays) - 1));
        if (first > last)
            throw new FormatException($"--from {first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is after --to {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        return new LlmUsageWindow(first, last);
    }

    private static DateOnly? Day(string? text, string option) =>
        CliParsing.Date(text, option, endOfDay: false) is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : null;
}
