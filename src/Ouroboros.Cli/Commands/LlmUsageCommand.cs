using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.LlmUsage;
using Ouroboros.Cli.Output;
using Ouroboros.Hosting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros llm usage`: calls, tokens, cost and latency per day, task and model, read from <c>llm_calls</c>.</summary>
public static class LlmUsageCommand
{
    public const int DefaultDays = LlmUsageWindow.DefaultDays;

    public static Command Create(CliIo io, Func<ParseResult, (OuroborosOptions Options, SqliteStoreOptions Store)> settings)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(settings);
        var days = ValueOption.Whole("--days", $"The last N UTC days, today included (default {DefaultDays})", 1, 3660, "30");
        var from = ValueOption.Day("--from", "First UTC day, YYYY-MM-DD (instead of --days)");
        var to = ValueOption.Day("--to", "Last UTC day, YYYY-MM-DD, included (default today)");
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the rows and the totals" };
        var command = new Command("usage", "Summarise the logged model calls: per UTC day, task and model the calls, failures, cache hits, budget refusals, tokens, cost and median latency.")
        {
            days, from, to, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new LlmUsageRequest(parse.GetValue(days), parse.GetValue(from), parse.GetValue(to));
            var (options, store) = settings(parse);
            await using var services = Composition.Build(options, store, Composition.ConsoleWarnings);
            var result = await services.GetRequiredService<LlmUsageQuery>().ExecuteAsync(request, ct).ConfigureAwait(false);
            var (summary, window) = (result.Summary, result.Window);
            if (parse.GetValue(json))
                await LlmUsagePrinter.PrintJsonAsync(io.Out, summary, window.FirstDay, window.LastDay, result.Journal).ConfigureAwait(false);
            else
                await LlmUsagePrinter.PrintAsync(io.Out, summary, window.FirstDay, window.LastDay, result.Journal).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }
}
