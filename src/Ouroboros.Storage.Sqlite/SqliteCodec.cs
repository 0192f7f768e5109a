using System.Globalization;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Column encodings, the only ones in this project. Decimals are TEXT in the invariant culture, which keeps value and
/// scale exactly ("1.50" stays 1.50m). Instants, in every table, are INTEGER UTC ticks (docs/adr/0002): exact to the
/// tick, sortable, cheap to bind, and read back with a zero offset (the same instant, so <see cref="DateTimeOffset"/>
/// equality holds). Calendar days are "yyyy-MM-dd" TEXT. Enums are TEXT names, so reordering an enum never changes
/// stored meaning.
/// </summary>
internal static class SqliteCodec
{
    private const string DayFormat = "yyyy-MM-dd";
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Longest invariant text of a decimal: sign, 29 digits, point ("-0.0000000000000000000000000001" is 31).</summary>
    public const int MaxDecimalUtf8Length = 64;

    public static string EncodeDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The same text as <see cref="EncodeDecimal(decimal)"/>, written as UTF-8 into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<byte> EncodeDecimal(decimal value, Span<byte> buffer) =>
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : throw new ArgumentException("The buffer is too small for a decimal.", nameof(buffer));

    public static object EncodeDecimalOrNull(decimal? value) => value is { } v ? EncodeDecimal(v) : DBNull.Value;

    public static decimal DecodeDecimal(string text) => decimal.Parse(text, DecimalStyle, CultureInfo.InvariantCulture);

    public static long EncodeTime(DateTimeOffset value) => value.UtcTicks;

    public static object EncodeTimeOrNull(DateTimeOffset? value) => value is { } v ? EncodeTime(v) : DBNull.Value;

    public static DateTimeOffset DecodeTime(long ticks) => new(ticks, TimeSpan.Zero);

    public static string EncodeDay(DateOnly value) => value.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly DecodeDay(string text) => DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);

    public static string EncodeEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
        return value.ToString();
    }

    public static TEnum DecodeEnum<TEnum>(string text)
        where TEnum : struct, Enum
    {
        if (Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
            return value;
        throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");
    }

    public static object TextOrNull(string? value) => (object?)value ?? DBNull.Value;
}
