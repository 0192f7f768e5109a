namespace Ouroboros.Storage.Sqlite.Series;

/// <summary>
/// One column of decimals, exact to the bit (value, scale and the sign of a zero). Money almost always fits a 64-bit
/// integer at the column's largest scale, so the column is stored as that scale and the zigzag varint deltas of the
/// scaled integers (a flat cash line costs one byte a value before compression); each value's own scale is kept, as
/// one byte per value only when the scales differ. A column that does not fit (29-digit values, 28-digit scales) is
/// stored as the 16 raw bytes of each value instead.
/// </summary>
internal static class DecimalColumn
{
    private const byte Scaled = 0;
    private const byte Raw = 1;
    private const byte UniformScale = 0;
    private const byte ScalePerValue = 1;
    private const byte NegativeZero = 0x80;
    private const int SignMask = unchecked((int)0x80000000);

    private static readonly ulong[] PowersOfTen = BuildPowers();

    public static void Write(SeriesBuffer output, ReadOnlySpan<decimal> values, long[] scratch)
    {
        if (TryScale(values, scratch, out var commonScale, out var uniform))
        {
            output.WriteByte(Scaled);
            output.WriteByte(commonScale);
            output.WriteByte(uniform ? UniformScale : ScalePerValue);
            if (!uniform)
            {
                foreach (var value in values) output.WriteByte(ScaleByte(value));
            }

            long previous = 0;
            for (var i = 0; i < values.Length; i++)
            {
                output.WriteSigned(unchecked(scratch[i] - previous)); // wraps; the reader's wrapping sum undoes it exactly
                previous = scratch[i];
            }

            return;
        }

        output.WriteByte(Raw);
        Span<int> bits = stackalloc int[4];
        Span<byte> bytes = stackalloc byte[16];
        foreach (var value in values)
        {
            decimal.GetBits(value, bits);
            for (var j = 0; j < 4; j++) BitConverter.TryWriteBytes(bytes[(j * 4)..], bits[j]);
            output.Write(bytes);
        }
    }

    public static void Read(ref SeriesReader input, Span<decimal> into)
    {
        var kind = input.ReadByte();
        if (kind == Raw)
        {
            Span<int> bits = stackalloc int[4];
            for (var i = 0; i < into.Length; i++)
            {
                var bytes = input.ReadBytes(16);
                for (var j = 0; j < 4; j++) bits[j] = BitConverter.ToInt32(bytes[(j * 4)..]);
                into[i] = new decimal(bits); // refuses invalid flags with an ArgumentException
            }

            return;
        }

        if (kind != Scaled) throw new FormatException($"A stored decimal column has the unknown kind {kind}.");
        var commonScale = input.ReadByte();
        var mode = input.ReadByte();
        if (commonScale > 28 || mode > ScalePerValue) throw new FormatException("A stored decimal column has an invalid scale.");
        var scales = mode == ScalePerValue ? input.ReadBytes(into.Length) : default;
        long current = 0;
        for (var i = 0; i < into.Length; i++)
        {
            current = unchecked(current + input.ReadSigned());
            var scaleByte = mode == ScalePerValue ? scales[i] : commonScale;
            into[i] = FromScaled(current, commonScale, scaleByte);
        }
    }

    private static bool TryScale(ReadOnlySpan<decimal> values, long[] scratch, out byte commonScale, out bool uniform)
    {
        commonScale = 0;
        uniform = true;
        if (values.Length == 0) return true;
        var first = values[0].Scale;
        foreach (var value in values)
        {
            var scale = value.Scale;
            if (scale > commonScale) commonScale = scale;
            if (scale != first || (value == 0m && decimal.IsNegative(value))) uniform = false;
        }

        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < values.Length; i++)
        {
            decimal.GetBits(values[i], bits);
            if (bits[2] != 0) return false; // more than 64 bits of mantissa
            var magnitude = (ulong)(uint)bits[1] << 32 | (uint)bits[0];
            var factor = PowersOfTen[commonScale - values[i].Scale];
            if (magnitude != 0 && (factor == 0 || Math.BigMul(magnitude, factor, out var scaled) != 0 || scaled > long.MaxValue)) return false;
            var result = (long)(magnitude * factor);
            scratch[i] = (bits[3] & SignMask) != 0 ? -result : result;
        }

        return true;
    }

    private static byte ScaleByte(decimal value) => (byte)(value.Scale | (value == 0m && decimal.IsNegative(value) ? NegativeZero : 0));

    private static decimal FromScaled(long scaled, byte commonScale, byte scaleByte)
    {
        var scale = (byte)(scaleByte & ~NegativeZero);
        if (scale > commonScale) throw new FormatException("A stored decimal has a scale above its column's.");
        var negative = scaled < 0 || (scaleByte & NegativeZero) != 0;
        var magnitude = scaled < 0 ? (ulong)-scaled : (ulong)scaled; // -long.MinValue wraps to 2^63, its true magnitude
        if (magnitude != 0)
        {
            var factor = PowersOfTen[commonScale - scale];
            if (factor == 0 || magnitude % factor != 0) throw new FormatException("A stored decimal does not fit its scale.");
            magnitude /= factor;
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }

    // 10^0 .. 10^19 fit an unsigned 64-bit integer; larger powers are 0, which TryScale and FromScaled treat as "does not fit".
    private static ulong[] BuildPowers()
    {
        var powers = new ulong[29];
        ulong power = 1;
        for (var i = 0; i <= 19; i++)
        {
            powers[i] = power;
            if (i < 19) power *= 10;
        }

        return powers;
    }
}
