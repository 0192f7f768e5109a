using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Kis;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros data fetch --source kis`: downloads bars into the CSV layout the backtester reads, resumable.</summary>
public static class DataFetchCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(io);
        var source = ValueOption.Choice("--source", "Where the bars come from", "kis");
        source.Required = true;
        var symbol = new Option<string>("--symbol") { Description = "Symbol, e.g. 005930 or AAPL", Required = true };
        var market = new Option<string>("--market") { Description = $"Market: {KisMarkets.Accepted}", DefaultValueFactory = _ => "KR" };
        var interval = ValueOption.Choice("--interval", "1d (daily, any range) or 1m (today's minute bars, KRX only); default 1d", "1d", "1m");
        var from = ValueOption.Day("--from", "First date (exchange date); default a year before --to");
        var to = ValueOption.Day("--to", "Last date; default yesterday (today's bar may still move)");
        var output = new Option<string>("--out") { Description = "CSV file to write; an existing one is continued after its last bar", Required = true };
        var fetch = globals.WithJournal(new Command("fetch",
            "Download bars from KIS into a CSV file the backtester reads (date,open,high,low,close,volume; oldest first). Paged and rate-limited; " +
            "an existing file is continued after its last bar, and a failure keeps what was written.")
        {
            source, symbol, market, interval, from, to, output,
        });
        fetch.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var request = new KisFetchRequest(parse.GetValue(symbol) ?? "", parse.GetValue(market) ?? "KR",
                parse.GetValue(interval) == "1m" ? KisFetchInterval.Minute : KisFetchInterval.Daily, parse.GetValue(from), parse.GetValue(to), parse.GetValue(output) ?? "");
            var result = await services.GetRequiredService<KisBarFetch>().ExecuteAsync(request, ct).ConfigureAwait(false);
            await PrintAsync(result).ConfigureAwait(false);
            return result.Ok ? CliApp.ExitOk : CliApp.ExitUnexpected;
        });
        return fetch;

        async Task PrintAsync(KisFetchResult result)
        {
            var intraday = result.First is { } f && f.TimeOfDay != TimeSpan.Zero || result.Last is { } l && l.TimeOfDay != TimeSpan.Zero;
            if (result.ResumedAfter is { } after)
                await io.Out.WriteLineAsync($"{result.OutFile} already held bars up to {Show(after, intraday)}: continuing after it.").ConfigureAwait(false);
            await io.Out.WriteLineAsync(result.Written == 0
                ? $"No new bars ({result.Calls} call{(result.Calls == 1 ? "" : "s")})."
                : $"Wrote {result.Written} bars to {result.OutFile}, {Show(result.First!.Value, intraday)} to {Show(result.Last!.Value, intraday)} ({result.Calls} call{(result.Calls == 1 ? "" : "s")}).").ConfigureAwait(false);
            if (result.Skipped.Count > 0)
                await io.Out.WriteLineAsync($"Skipped {result.Skipped.Count} bar(s) KIS sent incomplete (not written as 0): {string.Join(", ", result.Skipped)}").ConfigureAwait(false);
            if (result.Failure is { } failure)
            {
                var kept = result.Last is { } last ? $"everything up to {Show(last, intraday)} is in {result.OutFile}" : $"nothing new was written to {result.OutFile}";
                await io.Error.WriteLineAsync($"error: stopped: {failure}. {char.ToUpperInvariant(kept[0])}{kept[1..]}; run the same command again to continue after the last bar.").ConfigureAwait(false);
            }
        }
    }

    private static string Show(DateTimeOffset time, bool intraday) =>
        intraday ? time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
