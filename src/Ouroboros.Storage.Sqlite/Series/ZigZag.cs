namespace Ouroboros.Storage.Sqlite.Series;

/// <summary>Maps signed to unsigned integers so that values near zero, of either sign, get short varints.</summary>
internal static class ZigZag
{
    public static ulong Encode(long value) => (ulong)((value << 1) ^ (value >> 63));

    public static long Decode(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
