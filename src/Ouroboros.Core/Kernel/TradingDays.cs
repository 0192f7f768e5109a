using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// Where a slice falls in the market's calendar: raises the session events (pre-market, open, lunch, close) that
/// passed since the previous slice and starts a new trading day (risk counters reset) when the date changes.
/// </summary>
internal sealed class TradingDays(KernelState state, IStrategy strategy)
{
    private readonly List<SessionEvent> _sessionEvents = [];
    private DateTimeOffset _previousSliceTime = DateTimeOffset.MinValue;

    public int SessionEventCount { get; private set; }

    /// <summary>A slice at <paramref name="time"/> begins. During warm-up no risk day starts (nothing may touch risk state).</summary>
    public void Begin(DateTimeOffset time, bool warmingUp)
    {
        RaiseSessionEvents(time);
        StartDay(TradingDateOf(time), time, warmingUp);
    }

    /// <summary>
    /// A rescan at <paramref name="asOf"/> shows partial bars of trading date <paramref name="day"/>: when that day is
    /// later than the current one it begins now, so orders sent during the session count against the day they are
    /// sent on (daily counters, start-of-day equity), not the previous day whose closed bar came last. Session events
    /// stay with the slices.
    /// </summary>
    public void BeginForRescan(DateOnly day, DateTimeOffset asOf, bool warmingUp) => StartDay(day, asOf, warmingUp);

    private void StartDay(DateOnly day, DateTimeOffset time, bool warmingUp)
    {
        // Slices never go back in time, but a rescan may have begun a later day before the previous day's last slice.
        if (day <= state.CurrentDay) return;
        state.CurrentDay = day;
        state.DayStartEquity = state.LastEquity;
        if (state.PartialBars.Any) state.PartialBars.ForgetBefore(day, TradingDateOf);
        if (!warmingUp && state.Setup.Risk.IsEnabled) state.Setup.Risk.StartTradingDay(time, day);
    }

    /// <summary>The first trading slice after warm-up always opens a trading day, even inside the same date.</summary>
    public void ForgetDay() => state.CurrentDay = default;

    /// <summary>The trading date a slice time belongs to: the UTC date for daily bars, else the market's local date.</summary>
    public DateOnly TradingDateOf(DateTimeOffset time) => state.Setup.Calendar is { } c && !state.Setup.DailyBars
        ? c.LocalDateOf(time)
        : DateOnly.FromDateTime(time.UtcDateTime);

    private void RaiseSessionEvents(DateTimeOffset time)
    {
        if (state.Setup.Calendar is not { } calendar) return;
        if (_previousSliceTime != DateTimeOffset.MinValue)
        {
            calendar.EventsBetween(_previousSliceTime, time, state.Setup.PreMarketLead, _sessionEvents);
            for (var i = 0; i < _sessionEvents.Count; i++) strategy.OnSessionEvent(_sessionEvents[i]);
            SessionEventCount += _sessionEvents.Count;
            _sessionEvents.Clear();
        }
        _previousSliceTime = time;
    }
}
