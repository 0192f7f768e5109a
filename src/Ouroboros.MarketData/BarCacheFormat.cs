using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData;

/// <summary>
/// The binary bar-cache format (little-endian), version 1:
/// <code>
/// "OUROBARS"  int32 version  int32 flags(bit0 = adjusted close column)
/// int64 source length  int64 source last-write UTC ticks  string source full path
/// string symbol  byte layout  int64 interval ticks  int32 count
/// column time:   count × int64 UTC ticks
/// columns open, high, low, close, volume[, adjusted close], each: byte encoding + payload
///   encoding 1 (compact): count × uint64 low 64 mantissa bits, then count × byte (scale | sign &lt;&lt; 7)
///   encoding 2 (raw):     count × 4 × int32 decimal.GetBits
/// 32 bytes SHA-256 of everything before
/// </code>
/// Strings are int32 length + UTF-8. Every decimal round-trips bit for bit (scale and sign included).
/// </summary>
public static class BarCacheFormat
{
    public const int Version = 1;
    private const byte Compact = 1;
    private const byte Raw = 2;
    private const int HashLength = 32;

    public static ReadOnlySpan<byte> Magic => "OUROBARS"u8;

    public static byte[] Serialize(ParsedBars data, SourceStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var stream = new MemoryStream(64 + data.Bars.Length * 64);
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(data.AdjustedCloses is null ? 0 : 1);
            w.Write(stamp.Length);
            w.Write(stamp.LastWriteUtcTicks);
            WriteString(w, stamp.FullPath);
            WriteString(w, data.Symbol);
            w.Write((byte)data.Layout);
            w.Write(data.Interval.Length.Ticks);
            w.Write(data.Bars.Length);
            foreach (var bar in data.Bars) w.Write(bar.Time.UtcTicks);
            for (var field = 0; field < 5; field++) WriteColumn(w, Column(data.Bars, field));
            if (data.AdjustedCloses is { } adj) WriteColumn(w, adj);
        }
        var body = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        stream.Write(SHA256.HashData(body));
        return stream.ToArray();
    }

    /// <summary>The cached bars, or null with <paramref name="reason"/> when the bytes are corrupt, of another version or stale.</summary>
    public static ParsedBars? TryDeserialize(ReadOnlySpan<byte> bytes, SourceStamp expected, out string? reason)
    {
        try
        {
            return Deserialize(bytes, expected, out reason);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            reason = $"corrupt: {ex.Message}";
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ParsedBars? Deserialize(ReadOnlySpan<byte> bytes, SourceStamp expected, out string? reason)
    {
        if (bytes.Length < Magic.Length + HashLength || !bytes.StartsWith(Magic)) return Fail("not a bar cache file", out reason);
        var body = bytes[..^HashLength];
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes[^HashLength..])) return Fail("corrupt: checksum mismatch", out reason);

        var r = new CacheSpanReader(body);
        r.Take(Magic.Length);
        if (r.ReadInt32() is var version && version != Version) return Fail($"version {version} is not {Version}", out reason);
        var hasAdj = (r.ReadInt32() & 1) != 0;
        var length = r.ReadInt64();
        var lastWrite = r.ReadInt64();
        var path = r.ReadString();
        if (path != expected.FullPath) return Fail($"written for another source ({path})", out reason);
        if (length != expected.Length || lastWrite != expected.LastWriteUtcTicks)
            return Fail("stale: the source file changed since the cache was written", out reason);

        var symbol = r.ReadString();
        var layout = (CsvLayoutKind)r.ReadByte();
        var interval = new BarInterval(TimeSpan.FromTicks(r.ReadInt64()));
        var count = r.ReadInt32();
        if (count < 0 || (long)count * 8 > r.Remaining) return Fail("corrupt: impossible bar count", out reason);
        var times = r.Take(count * 8);
        var open = TakeColumn(ref r, count, out var eo);
        var high = TakeColumn(ref r, count, out var eh);
        var low = TakeColumn(ref r, count, out var el);
        var close = TakeColumn(ref r, count, out var ec);
        var volume = TakeColumn(ref r, count, out var ev);
        var bars = new Bar[count];
        for (var i = 0; i < count; i++)
        {
            var time = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(times[(i * 8)..]), TimeSpan.Zero);
            bars[i] = new Bar(time, Decode(eo, open, i), Decode(eh, high, i), Decode(el, low, i), Decode(ec, close, i), Decode(ev, volume, i));
        }
        decimal[]? adj = null;
        if (hasAdj)
        {
            var adjData = TakeColumn(ref r, count, out var ea);
            adj = new decimal[count];
            for (var i = 0; i < count; i++) adj[i] = Decode(ea, adjData, i);
        }
        if (r.Remaining != 0) return Fail("corrupt: trailing bytes", out reason);
        reason = null;
        return new ParsedBars(symbol, interval, layout, bars, adj);
    }

    private static ReadOnlySpan<byte> TakeColumn(ref CacheSpanReader r, int count, out byte encoding)
    {
        encoding = r.ReadByte();
        var size = encoding switch
        {
            Compact => count * 9L,
            Raw => count * 16L,
            _ => throw new FormatException($"unknown column encoding {encoding}"),
        };
        if (size > r.Remaining) throw new FormatException("The cache file is truncated.");
        return r.Take((int)size);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static decimal Decode(byte encoding, ReadOnlySpan<byte> data, int i)
    {
        if (encoding == Compact)
        {
            var count = data.Length / 9;
            var mantissa = BinaryPrimitives.ReadUInt64LittleEndian(data[(i * 8)..]);
            var flags = data[count * 8 + i];
            return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, (flags & 0x80) != 0, (byte)(flags & 0x7F));
        }
        var bits = data[(i * 16)..];
        ReadOnlySpan<int> parts =
        [
            BinaryPrimitives.ReadInt32LittleEndian(bits), BinaryPrimitives.ReadInt32LittleEndian(bits[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(bits[8..]), BinaryPrimitives.ReadInt32LittleEndian(bits[12..]),
        ];
        return new decimal(parts);
    }

    private static void WriteColumn(BinaryWriter w, decimal[] values)
    {
        Span<int> bits = stackalloc int[4];
        var compact = true;
        foreach (var v in values)
        {
            decimal.GetBits(v, bits);
            if (bits[2] != 0) compact = false;
        }
        w.Write(compact ? Compact : Raw);
        foreach (var v in values)
        {
            decimal.GetBits(v, bits);
            if (compact) w.Write((ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32));
            else foreach (var part in bits) w.Write(part);
        }
        if (!compact) return;
        foreach (var v in values)
        {
            decimal.GetBits(v, bits);
            w.Write((byte)(((bits[3] >> 16) & 0x7F) | (bits[3] < 0 ? 0x80 : 0)));
        }
    }

    private static decimal[] Column(Bar[] bars, int field)
    {
        var values = new decimal[bars.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            values[i] = field switch
            {
                0 => bars[i].Open,
                1 => bars[i].High,
                2 => bars[i].Low,
                3 => bars[i].Close,
                _ => bars[i].Volume,
            };
        }
        return values;
    }

    private static void WriteString(BinaryWriter w, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static ParsedBars? Fail(string why, out string? reason)
    {
        reason = why;
        return null;
    }
}
