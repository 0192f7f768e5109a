using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Application.Markets;

/// <summary>For every market (or the ones named), whether it is open at an instant, its session, next open and next close.</summary>
public sealed class MarketStatus(TimeProvider clock)
{
    public MarketStatusResult Execute(MarketStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ApplicationTelemetry.Start("markets.status");
        // Every calendar query takes the instant; the clock is read once, here.
        var instant = request.At?.ToUniversalTime() ?? clock.GetUtcNow();
        var calendars = Selected(request.Markets).ToList();
        return new MarketStatusResult(instant, [.. calendars.Select(c => Row(c, instant))], [.. calendars.Select(c => CoverageWarning(c, instant)).OfType<string>()]);
    }

    /// <summary>Outside its holiday table a calendar treats every weekday as a trading day; the reader must know that.</summary>
    private static string? CoverageWarning(MarketCalendar calendar, DateTimeOffset instant)
    {
        if (calendar.IsAroundTheClock) return null;
        var date = calendar.LocalDateOf(instant);
        if (calendar.HasHolidayData(date)) return null;
        var edge = date > calendar.HolidayCoverageEnd
            ? $"the holiday table ends at {calendar.HolidayCoverageEnd.Year}"
            : $"the holiday table starts at {calendar.HolidayCoverageStart.Year}";
        return $"{calendar.Market}: {edge}; holidays on {date:yyyy-MM-dd} are not known, so every weekday shows as a trading day";
    }

    private static IEnumerable<MarketCalendar> Selected(IReadOnlyList<string>? names) =>
        names is null ? MarketCalendars.All : names.Select(Market).Distinct();

    /// <summary>Unknown names are bad input (the domain's lookup treats them as a caller's bug).</summary>
    private static MarketCalendar Market(string name) => MarketCalendars.TryGet(name, out var calendar)
        ? calendar
        : throw new InvalidInputException("market", $"unknown market '{name}'; known markets: {string.Join(", ", MarketCalendars.All.Select(c => c.Market))}");

    private static MarketStatusRow Row(MarketCalendar calendar, DateTimeOffset instant)
    {
        var session = calendar.SessionAt(instant);
        var date = calendar.LocalDateOf(instant);
        var note = session == MarketSession.Holiday ? calendar.HolidayName(date) ?? ""
            : calendar.ScheduleFor(date) is { IsEarlyClose: true } ? "early close" : "";
        if (calendar.HolidayOn(date) is { IsProvisional: true }) note += " (provisional)";
        return new MarketStatusRow(calendar.Market, session == MarketSession.Regular, Name(session), calendar.ToLocal(instant),
            calendar.NextOpen(instant) is { } open ? calendar.ToLocal(open) : null,
            calendar.NextClose(instant) is { } close ? calendar.ToLocal(close) : null, note);
    }

    private static string Name(MarketSession session) => session switch
    {
        MarketSession.PreMarket => "pre",
        MarketSession.Regular => "regular",
        MarketSession.Lunch => "lunch",
        MarketSession.AfterHours => "after",
        MarketSession.Holiday => "holiday",
        _ => "closed",
    };
}
