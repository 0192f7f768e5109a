using Ouroboros.Core.Errors;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Indicators;
using Ouroboros.Cli.Output;
using Ouroboros.Indicators.Specs;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros indicators`: any indicator over any OHLCV file, one row per bar.</summary>
public static class IndicatorsCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var data = new Option<string>("--data") { Description = "OHLCV CSV file", Required = true };
        var indicator = new Option<string[]>("--indicator") { Description = "Indicator spec (repeatable): " + IndicatorCatalog.Usage, Required = true };
        var format = new Option<string>("--format") { Description = "csv (default) or json", DefaultValueFactory = _ => "csv" };
        var output = new Option<string?>("--output") { Description = "Write to this file instead of stdout" };
        var from = new Option<string?>("--from") { Description = "First date to print, YYYY-MM-DD (indicators still warm up on earlier bars)" };
        var to = new Option<string?>("--to") { Description = "Last date to print, YYYY-MM-DD" };
        var adjusted = new Option<bool>("--adjusted") { Description = "Use adjusted prices (needs an adj_close column)" };
        var command = new Command("indicators", "Compute indicators over an OHLCV file. Warm-up values are empty (csv) or null (json).")
        {
            data, indicator, format, output, from, to, adjusted,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = globals.LoadOptions(parse);
            var fmt = parse.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("csv" or "json")) throw new InvalidInputException("format", $"--format '{fmt}' is unknown; use csv or json");
            var first = CliParsing.Date(parse.GetValue(from), "--from", false);
            var last = CliParsing.Date(parse.GetValue(to), "--to", true);
            var request = new ComputeIndicatorsRequest(parse.GetValue(data)!, parse.GetValue(indicator) ?? [], first, last, parse.GetValue(adjusted));
            await using var services = globals.Services(parse, options);
            var result = services.GetRequiredService<ComputeIndicators>().Execute(request);
            var path = parse.GetValue(output);
            var writer = path is null ? io.Out : new StreamWriter(path);
            try
            {
                await IndicatorTableWriter.WriteAsync(writer, fmt, result, ct).ConfigureAwait(false);
            }
            finally
            {
                if (path is not null) await writer.DisposeAsync().ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}
