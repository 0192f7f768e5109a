using System.Globalization;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Ai.Prompts;

/// <summary>An instant as the exchange's wall clock shows it: "2025-03-10 08:30 KST Mon".</summary>
public static class LocalTimeText
{
    // The OS gives long names ("Korea Standard Time"); traders read abbreviations. Unknown zones print their offset.
    private static readonly Dictionary<string, (string Standard, string Daylight)> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Asia/Seoul"] = ("KST", "KDT"),
        ["Korea Standard Time"] = ("KST", "KDT"),
        ["Asia/Tokyo"] = ("JST", "JDT"),
        ["Tokyo Standard Time"] = ("JST", "JDT"),
        ["Asia/Hong_Kong"] = ("HKT", "HKST"),
        ["Asia/Shanghai"] = ("CST", "CDT"),
        ["China Standard Time"] = ("CST", "CDT"),
        ["Asia/Ho_Chi_Minh"] = ("ICT", "ICT"),
        ["SE Asia Standard Time"] = ("ICT", "ICT"),
        ["America/New_York"] = ("EST", "EDT"),
        ["Eastern Standard Time"] = ("EST", "EDT"),
        ["UTC"] = ("UTC", "UTC"),
        ["Etc/UTC"] = ("UTC", "UTC"),
    };

    public static string Format(DateTimeOffset instant, string market)
    {
        var zone = MarketCalendars.TryGet(market, out var calendar) ? calendar.TimeZone : TimeZoneInfo.Utc;
        return Format(instant, zone);
    }

    public static string Format(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var name = Abbreviations.TryGetValue(zone.Id, out var abbreviation)
            ? zone.IsDaylightSavingTime(local) ? abbreviation.Daylight : abbreviation.Standard
            : zone == TimeZoneInfo.Utc ? "UTC" : "UTC" + local.Offset.ToString(local.Offset < TimeSpan.Zero ? "\\-hh\\:mm" : "\\+hh\\:mm", CultureInfo.InvariantCulture);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + name + " "
            + local.ToString("ddd", CultureInfo.InvariantCulture);
    }
}
