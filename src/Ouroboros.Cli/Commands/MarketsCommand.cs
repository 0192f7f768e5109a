using Ouroboros.Core.Errors;
using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros markets`: for every market, whether it is open at an instant, its session, next open and next close.</summary>
public static partial class MarketsCommand
{
    private const string IsoLocal = "yyyy-MM-dd'T'HH:mm:sszzz";

    // Offsets read "+09:00", not "\u002B09:00": the output is for terminals and scripts, never embedded in HTML.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
            // The composition root is where the wall clock may be read; every calendar query takes the instant.
            var instant = Instant(parse.GetValue(at)) ?? TimeProvider.System.GetUtcNow();
            var rows = Selected(parse.GetValue(market)).Select(c => Row.Of(c, instant)).ToList();
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(rows.Select(r => r.ToJson()), JsonOptions)).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            await io.Out.WriteLineAsync($"Markets at {instant.ToString(IsoLocal, CultureInfo.InvariantCulture)}").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"{"MARKET",-7} {"OPEN",-4} {"SESSION",-8} {"LOCAL TIME",-25} {"NEXT OPEN",-25} {"NEXT CLOSE",-25} NOTE").ConfigureAwait(false);
            foreach (var r in rows)
            {
                await io.Out.WriteLineAsync(
                    $"{r.Market,-7} {(r.Open ? "yes" : "no"),-4} {r.Session,-8} {r.LocalTime,-25} {r.NextOpen ?? "-",-25} {r.NextClose ?? "-",-25} {r.Note}".TrimEnd())
                    .ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>Parses --at; an instant without an offset is refused because its meaning would depend on the machine.</summary>
    public static DateTimeOffset? Instant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        string[] formats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if (HasOffset().IsMatch(text)
            && DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant.ToUniversalTime();
        throw new InvalidInputException("at", $"--at '{text}' is not an ISO 8601 instant with an offset; use e.g. --at 2026-11-23T09:00+09:00 or --at 2026-11-23T00:00Z");
    }

    private static IEnumerable<MarketCalendar> Selected(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return MarketCalendars.All;
        return filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Market).Distinct();
    }

    /// <summary>Unknown names are bad input (the domain's lookup treats them as a caller's bug).</summary>
    private static MarketCalendar Market(string name) => MarketCalendars.TryGet(name, out var calendar)
        ? calendar
        : throw new InvalidInputException("market", $"unknown market '{name}'; known markets: {string.Join(", ", MarketCalendars.All.Select(c => c.Market))}");

    private static string Name(MarketSession session) => session switch
    {
        MarketSession.PreMarket => "pre",
        MarketSession.Regular => "regular",
        MarketSession.Lunch => "lunch",
        MarketSession.AfterHours => "after",
        MarketSession.Holiday => "holiday",
        _ => "closed",
    };

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();

    private sealed record Row(string Market, bool Open, string Session, string LocalTime, string? NextOpen, string? NextClose, string Note)
    {
        public static Row Of(MarketCalendar calendar, DateTimeOffset instant)
        {
            var session = calendar.SessionAt(instant);
            var date = calendar.LocalDateOf(instant);
            var note = session == MarketSession.Holiday ? calendar.HolidayName(date) ?? ""
                : calendar.ScheduleFor(date) is { IsEarlyClose: true } ? "early close" : "";
            if (calendar.HolidayOn(date) is { IsProvisional: true }) note += " (provisional)";
            return new Row(calendar.Market, session == MarketSession.Regular, Name(session),
                calendar.ToLocal(instant).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
                Local(calendar, calendar.NextOpen(instant)), Local(calendar, calendar.NextClose(instant)), note);
        }

        public Dictionary<string, object?> ToJson() => new()
        {
            ["market"] = Market, ["open"] = Open, ["session"] = Session, ["next_open"] = NextOpen, ["next_close"] = NextClose,
        };

        private static string? Local(MarketCalendar calendar, DateTimeOffset? instant) =>
            instant is { } t ? calendar.ToLocal(t).ToString(IsoLocal, CultureInfo.InvariantCulture) : null;
    }
}
