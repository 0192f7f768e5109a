using Ouroboros.Domain.Venues;
using System.CommandLine;
using Ouroboros.MarketData;
using Ouroboros.Cli.Output;

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
            var options = globals.LoadOptions(parse);
            var loader = GlobalOptions.Loader(options);
            var venueValue = parse.GetValue(venue) is { } v ? CliParsing.Venue(v) : Domain.Venues.Venue.Generic;
            foreach (var f in parse.GetValue(file) ?? [])
            {
                var loaded = loader.Load(f, new LoadOptions { UseCache = false, Venue = venueValue });
                var s = loaded.Series;
                await io.Out.WriteLineAsync($"{f}: {s.Instrument.Symbol} {s.Interval}, {s.Count} bars, {Format.Date(s.First)} → {Format.Date(s.Last)}, adjusted close: {(s.HasAdjustedCloses ? "yes" : "no")}, {loaded.Gaps}").ConfigureAwait(false);
                foreach (var g in loaded.Gaps.Gaps.Take(20))
                    await io.Out.WriteLineAsync($"  gap {g}").ConfigureAwait(false);
                if (loaded.Gaps.Count > 20) await io.Out.WriteLineAsync($"  ... and {loaded.Gaps.Count - 20} more gaps").ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        var command = new Command("data", "Inspect market data files.") { check };
        return command;
    }
}
