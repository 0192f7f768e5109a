using System.Globalization;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Instants and dates written the way exchanges publish them.</summary>
internal static class At
{
    /// <summary>An ISO instant with an offset, e.g. "2024-03-11T09:30-04:00"; returned in UTC.</summary>
    public static DateTimeOffset Instant(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
