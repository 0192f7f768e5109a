namespace Ouroboros.Domain.Calendars;

/// <summary>
/// Finds a zone by its IANA id in the tz database the OS provides. The Asian zones have had no daylight saving since
/// 1991, so a fixed offset is a faithful stand-in when the database lacks them; New York needs the real rules.
/// </summary>
internal static class TimeZones
{
    private static readonly Dictionary<string, (int Hours, string WindowsId)> Fallbacks = new(StringComparer.Ordinal)
    {
        ["Asia/Seoul"] = (9, "Korea Standard Time"),
        ["Asia/Tokyo"] = (9, "Tokyo Standard Time"),
        ["Asia/Hong_Kong"] = (8, "China Standard Time"),
        ["Asia/Shanghai"] = (8, "China Standard Time"),
        ["Asia/Ho_Chi_Minh"] = (7, "SE Asia Standard Time"),
        ["America/New_York"] = (-5, "Eastern Standard Time"),
    };

    public static TimeZoneInfo Find(string ianaId)
    {
        if (ianaId == "UTC") return TimeZoneInfo.Utc;
        if (TryFind(ianaId, out var zone)) return zone;
        if (Fallbacks.TryGetValue(ianaId, out var fallback))
        {
            if (TryFind(fallback.WindowsId, out zone)) return zone;
            if (ianaId != "America/New_York")
                return TimeZoneInfo.CreateCustomTimeZone(ianaId, TimeSpan.FromHours(fallback.Hours), ianaId, ianaId);
        }
        throw new TimeZoneNotFoundException(
            $"time zone '{ianaId}' is not in this system's tz database; install the tzdata package (it must know daylight saving for US markets)");
    }

    private static bool TryFind(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
