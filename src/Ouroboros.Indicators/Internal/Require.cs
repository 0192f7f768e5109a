using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Ouroboros.Indicators.Internal;

internal static class Require
{
    /// <summary>Upper bound on window lengths; larger windows are almost certainly a typo and would allocate gigabytes.</summary>
    public const int MaxPeriod = 100_000;

    public static int Period(int value, string name) =>
        value is >= 1 and <= MaxPeriod
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 1 and {MaxPeriod}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Finite(double value)
    {
        if (!double.IsFinite(value)) ThrowNotFinite(value);
    }

    // Kept out of line so the hot Update methods stay small enough to inline.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotFinite(double value) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, "Indicator input must be a finite number.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowBadLine(int line, int lineCount) =>
        throw new ArgumentOutOfRangeException(nameof(line), line, $"Line index must be between 0 and {lineCount - 1}.");

    /// <summary>For switch arms in TryGetLine: throws for an index outside the indicator's lines.</summary>
    public static bool BadLine(int line, int lineCount, out double value)
    {
        value = 0;
        ThrowBadLine(line, lineCount);
        return false;
    }
}
