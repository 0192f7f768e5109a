using System.Buffers.Binary;
using System.Text;

namespace Ouroboros.MarketData;

/// <summary>A bounds-checked little-endian cursor over cache bytes; throws <see cref="FormatException"/> on truncation.</summary>
internal ref struct CacheSpanReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly int Remaining => _data.Length - _position;

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining) throw new FormatException("The cache file is truncated.");
        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    public byte ReadByte() => Take(1)[0];
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public string ReadString()
    {
        var length = ReadInt32();
        if (length is < 0 or > 4096) throw new FormatException("A cache string has an impossible length.");
        return Encoding.UTF8.GetString(Take(length));
    }
}
