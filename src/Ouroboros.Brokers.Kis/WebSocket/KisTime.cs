using System.Globalization;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>KIS stamps real-time data in Korean time (KST, UTC+9, no daylight saving); everything leaves here in UTC.</summary>
internal static class KisTime
{
    public static readonly TimeSpan KstOffset = TimeSpan.FromHours(9);

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static DateTimeOffset KstToUtc(DateOnly date, TimeOnly time) =>
        new DateTimeOffset(date.ToDateTime(time), KstOffset).ToUniversalTime();

    /// <summary>
    /// A KST time of day without a date (execution notices): on the KST day it was received, or the day before when
    /// that would put it more than 12 hours after receipt (a notice of 23:59:58 read at 00:00:01).
    /// </summary>
    public static DateTimeOffset KstTimeNear(TimeOnly time, DateTimeOffset receivedAt)
    {
        var kstDay = DateOnly.FromDateTime(receivedAt.ToOffset(KstOffset).DateTime);
        var candidate = KstToUtc(kstDay, time);
        return candidate - receivedAt > TimeSpan.FromHours(12) ? candidate.AddDays(-1) : candidate;
    }

    /// <summary>KST wall-clock text as the PINGPONG header carries it.</summary>
    public static string KstStamp(DateTimeOffset at) => at.ToOffset(KstOffset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
