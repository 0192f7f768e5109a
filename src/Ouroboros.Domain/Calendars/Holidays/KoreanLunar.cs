using System.Globalization;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>Gregorian dates of Korean lunar-calendar days (KASI's calendar, as .NET's KoreanLunisolarCalendar carries it).</summary>
internal static class KoreanLunar
{
    private static readonly KoreanLunisolarCalendar Calendar = new();

    /// <summary>The Gregorian date of lunar <paramref name="month"/>/<paramref name="day"/> of the lunar year that starts in <paramref name="year"/>.</summary>
    public static DateOnly ToGregorian(int year, int month, int day)
    {
        // GetLeapMonth gives the position of the leap month, which shifts every later month by one; the holidays are
        // never in a leap month, so a leap month at or before the wanted one moves the index on.
        var leap = Calendar.GetLeapMonth(year);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
