using System.Buffers;
using System.IO.Compression;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Storage.Sqlite.Series;

/// <summary>
/// A run's equity curve as one compact columnar blob (docs/adr/0006-columnar-equity-curve.md): the count, the times
/// as zigzag varint deltas of UTC ticks, then the equity and the cash as <see cref="DecimalColumn"/>s, all compressed
/// with Brotli. Exact: every time to the tick, every decimal to the bit. Layout of the blob: the format byte, the
/// uncompressed length as a varint, the Brotli stream.
/// </summary>
internal static class EquityCurveCodec
{
    /// <summary>The layout written today; a reader refuses any other.</summary>
    public const byte Format = 1;

    // Quality 1 compresses the varint columns nearly as well as the slower levels (measured in bench/ journal) at a
    // fraction of the time; the window fits the largest curves of a long intraday run.
    private const int BrotliQuality = 1;
    private const int BrotliWindow = 22;

    public static byte[] Encode(IReadOnlyList<EquityPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var count = points.Count;
        var equity = ArrayPool<decimal>.Shared.Rent(count);
        var cash = ArrayPool<decimal>.Shared.Rent(count);
        var scratch = ArrayPool<long>.Shared.Rent(count);
        try
        {
            var payload = new SeriesBuffer(count * 8 + 16);
            payload.WriteVarint((ulong)count);
            long previous = 0;
            for (var i = 0; i < count; i++)
            {
                var point = points[i];
                var ticks = point.Time.UtcTicks;
                payload.WriteSigned(ticks - previous);
                previous = ticks;
                equity[i] = point.Equity;
                cash[i] = point.Cash;
            }

            DecimalColumn.Write(payload, equity.AsSpan(0, count), scratch);
            DecimalColumn.Write(payload, cash.AsSpan(0, count), scratch);
            return Compress(payload.Written);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(scratch);
            ArrayPool<decimal>.Shared.Return(cash);
            ArrayPool<decimal>.Shared.Return(equity);
        }
    }

    /// <summary>The points of a blob from <see cref="Encode"/>; a <see cref="FormatException"/> when it is damaged or of another format.</summary>
    public static EquityPoint[] Decode(ReadOnlySpan<byte> blob, int expectedCount)
    {
        var header = new SeriesReader(blob);
        var format = header.ReadByte();
        if (format != Format) throw new FormatException($"The stored equity curve has format {format}; this build reads format {Format}.");
        var length = header.ReadVarint();
        if (length > int.MaxValue / 2) throw new FormatException("The stored equity curve claims an impossible size.");
        var compressed = header.Rest;
        var payload = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            if (!BrotliDecoder.TryDecompress(compressed, payload, out var written) || written != (int)length)
                throw new FormatException("The stored equity curve does not decompress to its recorded size.");
            return DecodePayload(payload.AsSpan(0, written), expectedCount);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    private static EquityPoint[] DecodePayload(ReadOnlySpan<byte> payload, int expectedCount)
    {
        var reader = new SeriesReader(payload);
        var count = reader.ReadCount(minBytesPerItem: 1);
        if (count != expectedCount) throw new FormatException($"The stored equity curve holds {count} points where its row says {expectedCount}.");
        var times = ArrayPool<long>.Shared.Rent(count);
        var equity = ArrayPool<decimal>.Shared.Rent(count);
        var cash = ArrayPool<decimal>.Shared.Rent(count);
        try
        {
            long ticks = 0;
            for (var i = 0; i < count; i++)
            {
                ticks += reader.ReadSigned();
                times[i] = ticks;
            }

            DecimalColumn.Read(ref reader, equity.AsSpan(0, count));
            DecimalColumn.Read(ref reader, cash.AsSpan(0, count));
            if (!reader.AtEnd) throw new FormatException("The stored equity curve has bytes after its last column.");
            var points = new EquityPoint[count];
            for (var i = 0; i < count; i++) points[i] = new EquityPoint(SqliteCodec.DecodeTime(times[i]), equity[i], cash[i]);
            return points;
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(cash);
            ArrayPool<decimal>.Shared.Return(equity);
            ArrayPool<long>.Shared.Return(times);
        }
    }

    private static byte[] Compress(ReadOnlySpan<byte> payload)
    {
        var header = new SeriesBuffer(16);
        header.WriteByte(Format);
        header.WriteVarint((ulong)payload.Length);
        var bound = BrotliEncoder.GetMaxCompressedLength(payload.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(header.Length + bound);
        try
        {
            header.Written.CopyTo(buffer);
            if (!BrotliEncoder.TryCompress(payload, buffer.AsSpan(header.Length), out var written, BrotliQuality, BrotliWindow))
                throw new InvalidOperationException("Brotli could not compress an equity curve into its own bound.");
            return buffer.AsSpan(0, header.Length + written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
