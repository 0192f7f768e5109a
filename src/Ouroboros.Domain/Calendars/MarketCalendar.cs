namespace Ouroboros.Domain.Calendars;

/// <summary>
/// One market's trading calendar: time zone (tz database, so daylight saving is handled), regular hours, lunch break,
/// pre-market and after-hours windows where the broker trades them, exchange holidays and special sessions.
/// Instants go in and come out in UTC; exchange-local dates are <see cref="DateOnly"/>.
/// <para>Semantics (see docs/calendars.md):</para>
/// <list type="bullet">
/// <item><b>Holiday vs Closed</b>: <see cref="MarketSession.Holiday"/> covers the whole local day of a weekday exchange
/// holiday; weekends and the hours outside every window of a trading day are <see cref="MarketSession.Closed"/>.</item>
/// <item><b>Open</b>: only the regular session is open; a lunch break is not.</item>
/// <item><b>Coverage</b>: holidays are known for <see cref="HolidayCoverageStart"/>..<see cref="HolidayCoverageEnd"/>;
/// outside it every weekday counts as a trading day with the regular hours of that time.</item>
/// <item><b>Crypto</b> is always open; its trading day is the UTC date.</item>
/// </list>
/// Instances are immutable apart from an event cache that is replaced atomically, so they may be shared between threads.
/// </summary>
public sealed class MarketCalendar
{
    /// <summary>The longest planning lead <see cref="EventsBetween"/> accepts: shorter than every overnight break, so one day's events never pass the previous day's close.</summary>
    public static readonly TimeSpan MaxPreMarketLead = TimeSpan.FromHours(12);

    // Far beyond the longest closure (a Chinese Golden Week is 9 days), so searches always end.
    private const int SearchDays = 400;

    private readonly HoursPeriod[] _hours;
    private readonly Dictionary<DateOnly, MarketHoliday> _holidays;
    private readonly Dictionary<DateOnly, SpecialSession> _specials;
    private QuietWindow? _quiet;

    internal MarketCalendar(MarketDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Market = definition.Market;
        Country = definition.Country;
        TimeZone = TimeZones.Find(definition.TimeZoneId);
        IsAroundTheClock = definition.AroundTheClock;
        HolidayCoverageStart = definition.CoverageStart;
        HolidayCoverageEnd = definition.CoverageEnd;
        _hours = [.. definition.Hours.OrderBy(h => h.From)];
        _holidays = definition.Holidays.ToDictionary(h => h.Date);
        _specials = definition.Specials.ToDictionary(s => s.Date);
        Holidays = [.. definition.Holidays.OrderBy(h => h.Date)];
        CalendarDataCheck.ThrowIfInvalid(Market, Holidays, definition.Specials);
    }

    /// <summary>"KRX", "NYSE", "NASDAQ", "AMEX", "TSE", "HKEX", "SSE", "SZSE", "HNX", "HOSE" or "CRYPTO".</summary>
    public string Market { get; }

    /// <summary>ISO country code ("KR", "US", "JP", "HK", "CN", "VN"); empty for crypto.</summary>
    public string Country { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Crypto: always open, no holidays, trading day = UTC date.</summary>
    public bool IsAroundTheClock { get; }

    public DateOnly HolidayCoverageStart { get; }
    public DateOnly HolidayCoverageEnd { get; }

    /// <summary>Every known closure, oldest first; entries flagged provisional were derived from rules (docs/calendars.md).</summary>
    public IReadOnlyList<MarketHoliday> Holidays { get; }

    public bool HasHolidayData(DateOnly date) => date >= HolidayCoverageStart && date <= HolidayCoverageEnd;

    /// <summary>A weekday that is not a known holiday. Outside the coverage years every weekday counts.</summary>
    public bool IsTradingDay(DateOnly localDate) =>
        IsAroundTheClock || (localDate.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.ContainsKey(localDate));

    public string? HolidayName(DateOnly localDate) => _holidays.TryGetValue(localDate, out var h) ? h.Name : null;

    public MarketHoliday? HolidayOn(DateOnly localDate) => _holidays.GetValueOrDefault(localDate);

    /// <summary>The exchange-local date of an instant (the UTC date for crypto).</summary>
    public DateOnly LocalDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant with the market's local offset, e.g. for display ("2026-11-23T09:00:00+09:00").</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The day's instants, or null when it is not a trading day. Crypto days run 00:00-24:00 UTC.</summary>
    public TradingDaySchedule? ScheduleFor(DateOnly localDate) => TryGetDay(localDate, out var day) ? day.ToSchedule() : null;

    public MarketSession SessionAt(DateTimeOffset instant)
    {
        if (IsAroundTheClock) return MarketSession.Regular;
        var date = LocalDateOf(instant);
        if (_holidays.ContainsKey(date)) return MarketSession.Holiday;
        return TryGetDay(date, out var day) ? day.SessionAt(instant) : MarketSession.Closed;
    }

    /// <summary>True only in the regular session (a lunch break is not open).</summary>
    public bool IsOpen(DateTimeOffset instant) => SessionAt(instant) == MarketSession.Regular;

    /// <summary>
    /// The next instant strictly after <paramref name="instant"/> at which the regular session starts: a day's open or
    /// the end of a lunch break (so during the morning session or the lunch break of Tokyo it is today's 12:30).
    /// Null for crypto, which never closes.
    /// </summary>
    public DateTimeOffset? NextOpen(DateTimeOffset instant)
    {
        if (IsAroundTheClock) return null;
        var date = LocalDateOf(instant);
        for (var i = 0; i < SearchDays; i++, date = date.AddDays(1))
        {
            if (!TryGetDay(date, out var day)) continue;
            if (day.Open > instant) return day.Open;
            if (day.LunchEnd is { } lunchEnd && lunchEnd > instant) return lunchEnd;
        }
        return null;
    }

    /// <summary>
    /// The end of the regular stretch in force at <paramref name="instant"/>, or of the next one: a lunch start or a
    /// day's close, strictly after the instant (at the close instant itself the market is already closed, so the next
    /// session's end is returned). Null for crypto.
    /// </summary>
    public DateTimeOffset? NextClose(DateTimeOffset instant)
    {
        if (IsAroundTheClock) return null;
        var date = LocalDateOf(instant);
        for (var i = 0; i < SearchDays; i++, date = date.AddDays(1))
        {
            if (!TryGetDay(date, out var day)) continue;
            if (day.LunchStart is { } lunchStart && lunchStart > instant) return lunchStart;
            if (day.Close > instant) return day.Close;
        }
        return null;
    }

    public IEnumerable<DateOnly> TradingDaysBetween(DateOnly fromInclusive, DateOnly toInclusive)
    {
        for (var d = fromInclusive; d <= toInclusive; d = d.AddDays(1))
        {
            if (IsTradingDay(d)) yield return d;
            if (d == DateOnly.MaxValue) yield break;
        }
    }

    /// <summary>The first trading day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextTradingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsTradingDay(d)) d = d.AddDays(1);
        return d;
    }

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousTradingDay(DateOnly date)
    {
        var d = date.AddDays(-1);
        while (!IsTradingDay(d)) d = d.AddDays(-1);
        return d;
    }

    /// <summary>
    /// Appends, in time order, the session events with time in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]:
    /// PreMarket (<paramref name="preMarketLead"/> before each open, for planning), Open, LunchStart, LunchEnd, Close.
    /// Crypto raises Close and the next day's Open at every 00:00 UTC (plus the PreMarket lead) so per-day counters reset
    /// the same way. After a call the quiet stretch until the next event is remembered, so the per-slice calls of a
    /// kernel return at once, without allocating, until something happens.
    /// </summary>
    public void EventsBetween(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, TimeSpan preMarketLead, List<SessionEvent> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (preMarketLead < TimeSpan.Zero || preMarketLead > MaxPreMarketLead)
            throw new ArgumentOutOfRangeException(nameof(preMarketLead), preMarketLead, $"the pre-market lead must be between 0 and {MaxPreMarketLead.TotalHours:0} hours");
        if (toInclusive <= fromExclusive) return;
        if (_quiet is { } quiet && quiet.Lead == preMarketLead && fromExclusive >= quiet.From && toInclusive < quiet.Until) return;

        var start = into.Count;
        var last = LocalDateOf(Saturating(toInclusive, preMarketLead));
        for (var d = LocalDateOf(fromExclusive); d <= last; d = d.AddDays(1))
        {
            if (TryGetDay(d, out var day)) SessionEvents.AddDay(Market, day, preMarketLead, fromExclusive, toInclusive, into);
        }
        if (into.Count - start > 1) into.Sort(start, into.Count - start, SessionEvents.Order);
        _quiet = new QuietWindow(preMarketLead, toInclusive, NextEventAfter(toInclusive, preMarketLead));
    }

    public override string ToString() => Market;

    internal bool TryGetDay(DateOnly date, out DayTimes day)
    {
        if (IsAroundTheClock)
        {
            var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            day = new DayTimes(date, midnight, midnight.AddDays(1), null, null, null, null, false);
            return true;
        }
        if (!IsTradingDay(date))
        {
            day = default;
            return false;
        }
        var special = _specials.GetValueOrDefault(date);
        var h = special?.Hours ?? HoursOn(date);
        day = new DayTimes(date, At(date, h.Open), At(date, h.Close), At(date, h.LunchStart), At(date, h.LunchEnd),
            At(date, h.PreMarketStart), At(date, h.AfterHoursEnd), special?.IsEarlyClose ?? false);
        return true;
    }

    private SessionHours HoursOn(DateOnly date)
    {
        var hours = _hours[0].Hours;
        foreach (var period in _hours)
        {
            if (period.From > date) break;
            hours = period.Hours;
        }
        return hours;
    }

    private DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local.Ticks - TimeZone.GetUtcOffset(local).Ticks, TimeSpan.Zero);
    }

    private DateTimeOffset? At(DateOnly date, TimeOnly? time) => time is { } t ? At(date, t) : null;

    private DateTimeOffset NextEventAfter(DateTimeOffset instant, TimeSpan lead)
    {
        DateTimeOffset? best = null;
        var date = LocalDateOf(instant);
        for (var i = 0; i < SearchDays; i++, date = date.AddDays(1))
        {
            if (!TryGetDay(date, out var day)) continue;
            if (best is { } b && day.Open - lead > b) break;
            var next = SessionEvents.FirstAfter(day, lead, instant);
            if (next is { } n && (best is null || n < best)) best = n;
        }
        return best ?? DateTimeOffset.MaxValue;
    }

    private static DateTimeOffset Saturating(DateTimeOffset instant, TimeSpan add) =>
        DateTimeOffset.MaxValue - instant < add ? DateTimeOffset.MaxValue : instant + add;

    /// <summary>No event lies in (From, Until) for this lead.</summary>
    private sealed record QuietWindow(TimeSpan Lead, DateTimeOffset From, DateTimeOffset Until);
}
