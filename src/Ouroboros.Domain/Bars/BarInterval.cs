using System.Globalization;

namespace Ouroboros.Domain.Bars;

/// <summary>The length of one bar. Daily and longer bars are stamped with the session date at 00:00 UTC.</summary>
public readonly record struct BarInterval
{
    public BarInterval(TimeSpan length)
    {
        if (length <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(length), length, "A bar interval must be positive.");
        Length = length;
    }

    public TimeSpan Length { get; }

    private const long MaxMinutes = 10_000_000_000L;

    public static BarInterval OneMinute { get; } = new(TimeSpan.FromMinutes(1));
    public static BarInterval FifteenMinutes { get; } = new(TimeSpan.FromMinutes(15));
    public static BarInterval OneHour { get; } = new(TimeSpan.FromHours(1));
    public static BarInterval FourHours { get; } = new(TimeSpan.FromHours(4));
    public static BarInterval OneDay { get; } = new(TimeSpan.FromDays(1));
    public static BarInterval OneWeek { get; } = new(TimeSpan.FromDays(7));

    public bool IsIntraday => Length < TimeSpan.FromDays(1);

    /// <summary>Parses "1m", "15m", "1h", "4h", "1d", "1w".</summary>
    public static BarInterval Parse(string text)
    {
        if (TryParse(text, out var interval)) return interval;
        throw new FormatException($"'{text}' is not a bar interval; use a number followed by m, h, d or w, e.g. 15m, 1h, 4h, 1d.");
    }

    public static bool TryParse(string? text, out BarInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length < 2) return false;
        var unit = char.ToLowerInvariant(text[^1]);
        if (!int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            return false;
        long? minutes = unit switch
        {
            's' => null,
            'm' => n,
            'h' => 60L * n,
            'd' => 1_440L * n,
            'w' => 10_080L * n,
            _ => null,
        };
        // Far below TimeSpan's limit, so later arithmetic on the interval cannot overflow.
        if (minutes is null || minutes > MaxMinutes) return false;
        TimeSpan? length = TimeSpan.FromMinutes(minutes.Value);
        if (length is null) return false;
        interval = new BarInterval(length.Value);
        return true;
    }

    public override string ToString()
    {
        if (Length.Ticks % TimeSpan.TicksPerDay == 0)
            return Length.Days % 7 == 0 ? $"{Length.Days / 7}w" : $"{Length.Days}d";
        if (Length.Ticks % TimeSpan.TicksPerHour == 0) return $"{(long)Length.TotalHours}h";
        return $"{(long)Length.TotalMinutes}m";
    }
}
