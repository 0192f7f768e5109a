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
        var format = ValueOption.Choice("--format", "csv (RFC 4180; the default) or json", "csv", "json");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of stdout" };
        var from = ValueOption.Date("--from", "First date to print, YYYY-MM-DD (indicators still warm up on earlier bars)", endOfDay: false);
        var to = ValueOption.Date("--to", "Last date to print, YYYY-MM-DD", endOfDay: true);
        var adjusted = new Option<bool>("--adjusted") { Description = "Use adjusted prices (needs an adj_close column)" };
        var command = globals.WithConfiguration(new Command("indicators", "Compute indicators over an OHLCV file. Warm-up values are empty (csv) or null (json).")
        {
            data, indicator, format, output, from, to, adjusted,
        });
        command.SetAction(async (parse, ct) =>
        {
            var options = globals.LoadOptions(parse);
            var fmt = parse.GetValue(format) ?? "csv";
            var (first, last) = CliParsing.Period(parse.GetValue(from), parse.GetValue(to));
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
