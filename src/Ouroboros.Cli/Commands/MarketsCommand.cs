using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Ouroboros.Application.Markets;
using Ouroboros.Cli.Output;
using Ouroboros.Core.Errors;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros markets`: for every market, whether it is open at an instant, its session, next open and next close.</summary>
public static partial class MarketsCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(io);
        var at = new Option<string?>("--at") { Description = "ISO 8601 instant with an offset, e.g. 2026-11-23T09:00+09:00 or 2026-11-23T00:00Z (default: now)" };
        var market = new Option<string?>("--market") { Description = "Only these markets, comma-separated, e.g. KRX,NYSE" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {market, open, session, next_open, next_close}" };
        var command = new Command("markets", "Show which markets are open, their session and the next open and close.") { at, market, json };
        command.SetAction(async (parse, _) =>
        {
            var request = new MarketStatusRequest(Instant(parse.GetValue(at)), Markets(parse.GetValue(market)));
            // Calendars need no configuration, so none is loaded (a broken config file does not stop `markets`);
            // the composition root is where the wall clock may be read.
            var result = new MarketStatus(TimeProvider.System).Execute(request);
            foreach (var warning in result.Warnings) await io.Error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            if (parse.GetValue(json)) await MarketStatusPrinter.PrintJsonAsync(io.Out, result).ConfigureAwait(false);
            else await MarketStatusPrinter.PrintAsync(io.Out, result).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>Parses --at; an instant without an offset is refused because its meaning would depend on the machine.</summary>
    public static DateTimeOffset? Instant(string? text)
    {
        if (text is null) return null;
        text = text.Trim();
        string[] formats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if (HasOffset().IsMatch(text)
            && DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            // Next opens and closes are days away: an instant at the edge of .NET's range (0001, 9999) has none.
            if (!UserDates.InRange(DateOnly.FromDateTime(instant.UtcDateTime), text, "--at", out var problem)) throw new InvalidInputException("at", problem);
            return instant.ToUniversalTime();
        }
        throw new InvalidInputException("at", $"--at '{text}' is not an ISO 8601 instant with an offset; use e.g. --at 2026-11-23T09:00+09:00 or --at 2026-11-23T00:00Z");
    }

    /// <summary>--market KRX,NYSE as names; absent means every market.</summary>
    private static string[]? Markets(string? filter) =>
        string.IsNullOrWhiteSpace(filter) ? null : filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
