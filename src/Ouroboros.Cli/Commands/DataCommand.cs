using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.MarketData;
using Ouroboros.Cli.Output;
using Ouroboros.Domain.Venues;
using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros data check FILE`: validates a file and reports its layout, range and gaps.</summary>
public static class DataCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var file = new Argument<string[]>("file") { Description = "CSV files to check", Arity = ArgumentArity.OneOrMore };
        var venue = ValueOption.Choice("--venue", "Also check every bar against that market's calendar (sessions, weekends, holidays)", "krx", "us");
        var check = new Command("check", "Validate OHLCV files: layout, bad rows (file, line, problem), range, gaps and (with --venue) sessions. Every file is checked; all problems are listed.") { file, venue };
        check.SetAction(async (parse, _) =>
        {
            // Data files need no configuration: a broken config file does not stop a data check.
            await using var services = globals.Services(parse, OuroborosOptions.Defaults);
            var venueValue = parse.GetValue(venue) is { } v ? CliParsing.Venue(v) : Venue.Generic;
            var useCase = services.GetRequiredService<CheckData>();
            var files = parse.GetValue(file) ?? [];
            var failed = 0;
            foreach (var f in files)
            {
                CheckDataResult result;
                try
                {
                    result = useCase.Execute(new CheckDataRequest(f, venueValue));
                }
                catch (Exception e) when (CliApp.IsUserError(e))
                {
                    // A broken file is reported and the next one is still checked.
                    failed++;
                    await io.Error.WriteLineAsync(Problem(f, e)).ConfigureAwait(false);
                    continue;
                }
                await DataCheckPrinter.PrintAsync(io.Out, result).ConfigureAwait(false);
            }
            if (failed == 0) return CliApp.ExitOk;
            await io.Error.WriteLineAsync($"error: {failed} of {files.Length} file{(files.Length == 1 ? "" : "s")} failed the check (problems listed above)").ConfigureAwait(false);
            return CliApp.ExitBadInput;
        });
        var command = new Command("data", "Inspect market data files, or download them (fetch).") { check, DataFetchCommand.Create(globals, io) };
        return command;
    }

    /// <summary>The problem as the user reads it, naming the file once.</summary>
    private static string Problem(string file, Exception e)
    {
        var message = CliApp.Describe(e);
        return message.Contains(file, StringComparison.Ordinal) ? message : $"{file}: {message}";
    }
}
