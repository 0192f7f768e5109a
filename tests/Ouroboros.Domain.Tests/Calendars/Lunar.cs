using System.Globalization;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Gregorian dates of lunar-calendar days, to re-derive the provisional holidays independently of the tables.</summary>
internal static class Lunar
{
    private static readonly ChineseLunisolarCalendar Chinese = new();
    private static readonly KoreanLunisolarCalendar Korean = new();

    public static DateOnly China(int year, int month, int day) => Convert(Chinese, year, month, day);

    public static DateOnly Korea(int year, int month, int day) => Convert(Korean, year, month, day);

    private static DateOnly Convert(Calendar calendar, int year, int month, int day)
    {
        // GetLeapMonth returns the position of the leap month, which shifts every later month by one.
        var leap = calendar.GetLeapMonth(year);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
