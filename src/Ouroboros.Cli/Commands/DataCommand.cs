using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.MarketData;
using Ouroboros.Cli.Output;
using Ouroboros.Domain.Venues;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros data check FILE`: validates a file and reports its layout, range and gaps.</summary>
public static class DataCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var file = new Argument<string[]>("file") { Description = "CSV files to check", Arity = ArgumentArity.OneOrMore };
        var venue = new Option<string?>("--venue") { Description = "krx or us: also check every bar against that market's calendar (sessions, weekends, holidays)" };
        var check = new Command("check", "Validate OHLCV files: layout, bad rows (file, line, problem), range, gaps and (with --venue) sessions.") { file, venue };
        check.SetAction(async (parse, _) =>
        {
            await using var services = globals.Services(parse);
            var venueValue = parse.GetValue(venue) is { } v ? CliParsing.Venue(v) : Venue.Generic;
            var useCase = services.GetRequiredService<CheckData>();
            // One file at a time: the files checked before a broken one are still reported.
            foreach (var f in parse.GetValue(file) ?? [])
                await DataCheckPrinter.PrintAsync(io.Out, useCase.Execute(new CheckDataRequest(f, venueValue))).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        var command = new Command("data", "Inspect market data files.") { check };
        return command;
    }
}
