namespace Ouroboros.Storage.Sqlite.Series;

/// <summary>
/// A growing byte buffer for the columns of a stored series: bytes, unsigned LEB128 varints and zigzag-encoded signed
/// varints (so that small negative deltas stay as short as small positive ones).
/// </summary>
internal sealed class SeriesBuffer
{
    private byte[] _bytes;
    private int _length;

    public SeriesBuffer(int capacity) => _bytes = new byte[Math.Max(16, capacity)];

    public int Length => _length;

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    public void WriteByte(byte value)
    {
        if (_length == _bytes.Length) Grow(1);
        _bytes[_length++] = value;
    }

    public void Write(ReadOnlySpan<byte> values)
    {
        if (_length + values.Length > _bytes.Length) Grow(values.Length);
        values.CopyTo(_bytes.AsSpan(_length));
        _length += values.Length;
    }

    public void WriteVarint(ulong value)
    {
        if (_length + 10 > _bytes.Length) Grow(10);
        var bytes = _bytes;
        var at = _length;
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
        _length = at;
    }

    public void WriteSigned(long value) => WriteVarint(ZigZag.Encode(value));

    private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + needed));
}
