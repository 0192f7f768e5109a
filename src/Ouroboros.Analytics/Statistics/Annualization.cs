using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Statistics;

/// <summary>How per-bar figures are scaled to a year, and calendar-time growth rates.</summary>
public static class Annualization
{
    /// <summary>Days in an average calendar year, the base of CAGR.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Trading sessions per year on an exchange calendar.</summary>
    public const double SessionsPerYear = 252;

    /// <summary>
    /// Bars per year. Around the clock (crypto): 365 days of 24 hours / interval (1h → 8,760, 1d → 365).
    /// Exchange hours: intraday 252 sessions of 6.5 hours / interval (1h → 1,638); daily → 252 per bar-day (2d → 126);
    /// weekly and longer → 365.25 calendar days / interval (1w → 52.18).
    /// </summary>
    public static double PeriodsPerYear(BarInterval interval, bool tradesAroundTheClock)
    {
        var length = interval.Length;
        if (tradesAroundTheClock) return TimeSpan.FromDays(365).Ticks / (double)length.Ticks;
        if (interval.IsIntraday) return SessionsPerYear * TimeSpan.FromHours(6.5).Ticks / length.Ticks;
        var days = length.TotalDays;
        return days >= 7 ? DaysPerYear / days : SessionsPerYear / days;
    }

    /// <summary>
    /// Compound annual growth: growth^(365.25 / days) − 1, where growth = final / initial value.
    /// Null when the elapsed time is not positive, the growth is negative, or the result is not a finite number.
    /// </summary>
    public static double? Cagr(double growth, TimeSpan elapsed)
    {
        if (elapsed <= TimeSpan.Zero || !double.IsFinite(growth) || growth < 0) return null;
        var cagr = Math.Pow(growth, DaysPerYear / elapsed.TotalDays) - 1;
        return double.IsFinite(cagr) ? cagr : null;
    }

    /// <summary>Elapsed time in years of 365.25 days.</summary>
    public static double Years(TimeSpan elapsed) => elapsed.TotalDays / DaysPerYear;
}
