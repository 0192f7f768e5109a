using System.Runtime.CompilerServices;

namespace Ouroboros.MarketData;

/// <summary>
/// Parses a bar time from ASCII/UTF-8 without allocating, to UTC ticks. Accepted shapes:
/// epoch seconds (10 digits), milliseconds (13) or microseconds (16); YYYYMMDD; YYYY-MM-DD or YYYY/MM/DD;
/// M/D/YYYY; each date optionally followed by [T or space]HH:mm[:ss[.fff]] and Z or ±HH:mm.
/// A time without an offset is taken as UTC. <paramref name="dateOnly"/> is true when no time of day was given.
/// </summary>
public static class Utf8TimeParser
{
    private const long UnixEpochTicks = 621_355_968_000_000_000;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> s, out long utcTicks, out bool dateOnly)
    {
        utcTicks = 0;
        dateOnly = false;
        if (s.Length == 0) return false;
        if (AllDigits(s)) return TryParseDigits(s, out utcTicks, out dateOnly);

        var i = 0;
        if (!TryNumber(s, ref i, out var a, out var aLen) || i >= s.Length) return false;
        var sep = s[i];
        if (sep != (byte)'-' && sep != (byte)'/') return false;
        i++;
        if (!TryNumber(s, ref i, out var b, out _) || i >= s.Length || s[i] != sep) return false;
        i++;
        if (!TryNumber(s, ref i, out var c, out var cLen)) return false;
        int year, month, day;
        if (aLen == 4) (year, month, day) = (a, b, c);
        else if (cLen == 4 && sep == (byte)'/') (year, month, day) = (c, a, b);
        else return false;
        if (!TryDateTicks(year, month, day, out var ticks)) return false;

        if (i == s.Length)
        {
            dateOnly = true;
            utcTicks = ticks;
            return true;
        }
        if (s[i] != (byte)'T' && s[i] != (byte)' ') return false;
        i++;
        if (!TryTimeOfDay(s, ref i, out var timeTicks)) return false;
        if (!TryOffset(s[i..], out var offsetTicks)) return false;
        utcTicks = ticks + timeTicks - offsetTicks;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseDigits(ReadOnlySpan<byte> s, out long ticks, out bool dateOnly)
    {
        ticks = 0;
        dateOnly = false;
        long n = 0;
        foreach (var c in s) n = n * 10 + (c - '0');
        switch (s.Length)
        {
            case 8:
                dateOnly = true;
                return TryDateTicks((int)(n / 10000), (int)(n / 100 % 100), (int)(n % 100), out ticks);
            case 10: ticks = UnixEpochTicks + n * TimeSpan.TicksPerSecond; return true;
            case 13: ticks = UnixEpochTicks + n * TimeSpan.TicksPerMillisecond; return true;
            case 16: ticks = UnixEpochTicks + n * TimeSpan.TicksPerMicrosecond; return true;
            default: return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryTimeOfDay(ReadOnlySpan<byte> s, ref int i, out long ticks)
    {
        ticks = 0;
        if (!TryNumber(s, ref i, out var hour, out var hLen) || hLen > 2 || i >= s.Length || s[i] != (byte)':') return false;
        i++;
        if (!TryNumber(s, ref i, out var minute, out var mLen) || mLen != 2) return false;
        var second = 0;
        long fraction = 0;
        if (i < s.Length && s[i] == (byte)':')
        {
            i++;
            if (!TryNumber(s, ref i, out second, out var sLen) || sLen != 2) return false;
            if (i < s.Length && s[i] == (byte)'.')
            {
                i++;
                var start = i;
                long scale = TimeSpan.TicksPerSecond;
                while (i < s.Length && (uint)(s[i] - '0') <= 9)
                {
                    scale /= 10;
                    fraction += (s[i] - '0') * scale;
                    i++;
                }
                if (i == start) return false;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        ticks = hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond + fraction;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryOffset(ReadOnlySpan<byte> s, out long ticks)
    {
        ticks = 0;
        if (s.Length == 0 || (s.Length == 1 && s[0] == (byte)'Z')) return true;
        if (s[0] != (byte)'+' && s[0] != (byte)'-') return false;
        var sign = s[0] == (byte)'-' ? -1 : 1;
        var i = 1;
        if (!TryNumber(s, ref i, out var h, out var hLen)) return false;
        var m = 0;
        if (hLen == 4) (h, m) = (h / 100, h % 100);
        else if (hLen != 2) return false;
        else if (i < s.Length && s[i] == (byte)':')
        {
            i++;
            if (!TryNumber(s, ref i, out m, out var mLen) || mLen != 2) return false;
        }
        if (i != s.Length || h > 14 || m > 59) return false;
        ticks = sign * (h * TimeSpan.TicksPerHour + m * TimeSpan.TicksPerMinute);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryDateTicks(int year, int month, int day, out long ticks)
    {
        ticks = 0;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        ticks = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).Ticks;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryNumber(ReadOnlySpan<byte> s, ref int i, out int value, out int length)
    {
        value = 0;
        var start = i;
        while (i < s.Length && (uint)(s[i] - '0') <= 9 && i - start < 9)
        {
            value = value * 10 + (s[i] - '0');
            i++;
        }
        length = i - start;
        return length > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllDigits(ReadOnlySpan<byte> s)
    {
        foreach (var c in s)
        {
            if ((uint)(c - '0') > 9) return false;
        }
        return true;
    }
}
