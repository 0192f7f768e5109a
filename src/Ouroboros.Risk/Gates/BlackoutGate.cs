using Ouroboros.Domain.Calendars;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// No new entries in the first and last minutes of a regular session (spreads are wide and prices jump around the
/// auctions) or inside a configured event window. Session blackouts apply to intraday decisions only: a daily bar's
/// 00:00 UTC stamp is not the time its order goes out. Exits are never blacked out.
/// </summary>
public sealed class BlackoutGate : IRiskGate
{
    public const string GateName = "blackout";
    private readonly TimeSpan _afterOpen;
    private readonly TimeSpan _beforeClose;
    private readonly MarketCalendar? _calendar;
    private readonly IReadOnlyList<BlackoutWindow> _windows;

    public BlackoutGate(TimeSpan afterOpen, TimeSpan beforeClose, MarketCalendar? calendar, IReadOnlyList<BlackoutWindow> windows)
    {
        if (afterOpen < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(afterOpen), afterOpen, "The blackout after the open cannot be negative.");
        if (beforeClose < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(beforeClose), beforeClose, "The blackout before the close cannot be negative.");
        ArgumentNullException.ThrowIfNull(windows);
        _afterOpen = afterOpen;
        _beforeClose = beforeClose;
        _calendar = calendar;
        _windows = windows;
    }

    public string Name => GateName;

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        foreach (var w in _windows)
        {
            if (w.Contains(check.Time))
                return RiskVerdict.Denied(Name, $"inside the blackout window '{w.Label}' {w.Start:yyyy-MM-dd HH:mm}Z to {w.End:HH:mm}Z",
                    RiskFigure.Of("window_start", w.Start), RiskFigure.Of("window_end", w.End));
        }
        if (!check.IsIntraday || _calendar is not { IsAroundTheClock: false } calendar) return RiskVerdict.Approved;
        if (calendar.ScheduleFor(calendar.LocalDateOf(check.Time)) is not { } day) return RiskVerdict.Approved;
        if (check.Time >= day.Open && check.Time < day.Open + _afterOpen)
            return RiskVerdict.Denied(Name, $"within the first {_afterOpen.TotalMinutes:0} minutes after the {calendar.Market} open at {day.Open:HH:mm}Z",
                RiskFigure.Of("open", day.Open), RiskFigure.Of("time", check.Time));
        if (check.Time < day.Close && check.Time >= day.Close - _beforeClose)
            return RiskVerdict.Denied(Name, $"within the last {_beforeClose.TotalMinutes:0} minutes before the {calendar.Market} close at {day.Close:HH:mm}Z",
                RiskFigure.Of("close", day.Close), RiskFigure.Of("time", check.Time));
        return RiskVerdict.Approved;
    }
}
