using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ouroboros.MarketData;

/// <summary>
/// Parses an ASCII/UTF-8 number into a decimal without allocating. Plain "[-+]digits[.digits]" with up to 19
/// significant digits takes a fast path; anything else (exponents, longer mantissas) falls back to
/// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/> with the invariant culture.
/// Like decimal.Parse, the scale written in the text is kept ("19330.0" has scale 1).
/// </summary>
public static class Utf8DecimalParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        if (TryParseFast(text, out value)) return true;
        return TryParseSlow(text, out value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseFast(ReadOnlySpan<byte> s, out decimal value)
    {
        value = 0m;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+'))
        {
            negative = s[0] == (byte)'-';
            i = 1;
        }
        ulong mantissa = 0;
        int digits = 0, significant = 0, scale = 0;
        var seenDot = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                digits++;
                if (seenDot) scale++;
                if (mantissa == 0 && d == 0) continue;
                if (++significant > 19) return false;
                mantissa = mantissa * 10 + d;
            }
            else if (c == (byte)'.' && !seenDot)
            {
                seenDot = true;
            }
            else
            {
                return false;
            }
        }
        if (digits == 0 || scale > 28) return false;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    private static bool TryParseSlow(ReadOnlySpan<byte> s, out decimal value)
    {
        value = 0m;
        if (s.Length is 0 or > 64) return false;
        Span<char> chars = stackalloc char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] > 127) return false;
            chars[i] = (char)s[i];
        }
        return decimal.TryParse(chars, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
