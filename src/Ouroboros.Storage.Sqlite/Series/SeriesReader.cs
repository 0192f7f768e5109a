namespace Ouroboros.Storage.Sqlite.Series;

/// <summary>
/// Reads what <see cref="SeriesBuffer"/> wrote. Running out of bytes or an over-long varint is a
/// <see cref="FormatException"/>: the stored series is damaged, never silently shorter.
/// </summary>
internal ref struct SeriesReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position == _bytes.Length;

    /// <summary>The bytes not read yet.</summary>
    public readonly ReadOnlySpan<byte> Rest => _bytes[_position..];

    public byte ReadByte()
    {
        if (_position >= _bytes.Length) throw Truncated();
        return _bytes[_position++];
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || _bytes.Length - _position < count) throw Truncated();
        var slice = _bytes.Slice(_position, count);
        _position += count;
        return slice;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _bytes.Length) throw Truncated();
            var b = _bytes[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }

        throw new FormatException("A stored series holds a varint longer than 64 bits.");
    }

    public long ReadSigned() => ZigZag.Decode(ReadVarint());

    /// <summary>A count that must fit the bytes left (each item takes at least one byte), so damage cannot ask for a huge array.</summary>
    public int ReadCount(int minBytesPerItem)
    {
        var count = ReadVarint();
        if (count > (ulong)((_bytes.Length - _position) / Math.Max(1, minBytesPerItem))) throw Truncated();
        return (int)count;
    }

    private static FormatException Truncated() => new("A stored series ends before its last value.");
}
