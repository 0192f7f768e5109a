using System.Globalization;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Text encodings of the LLM-brain tables (migration 4): instants as fixed-width ISO-8601 UTC with seven fraction
/// digits, so comparing the text compares the instants and every tick survives; days as "yyyy-MM-dd". Instants read
/// back with offset +00:00 (the same instant, so <see cref="DateTimeOffset"/> equality holds).
/// </summary>
internal static class IsoTimeText
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    public static string EncodeInstant(DateTimeOffset value) => value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset DecodeInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string EncodeDay(DateOnly value) => value.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly DecodeDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);
}
