using System.Globalization;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// A pushed data frame, <c>&lt;0|1&gt;|&lt;tr_id&gt;|&lt;count, 3 digits&gt;|&lt;payload&gt;</c> (kis-openapi.md §7): fields are
/// separated by <c>^</c> and <see cref="Count"/> records are concatenated; <c>1</c> means the payload is encrypted.
/// </summary>
internal sealed record KisDataFrame(bool Encrypted, string TrId, int Count, string Payload)
{
    /// <summary>The frame, or null with a reason when <paramref name="text"/> is not one.</summary>
    public static KisDataFrame? TryParse(string text, out string? problem)
    {
        var parts = text.Split('|', 4);
        problem = null;
        if (parts.Length != 4 || parts[0] is not ("0" or "1") || parts[1].Length == 0)
            problem = "a data frame must read <0|1>|<tr_id>|<count>|<fields>";
        else if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            problem = $"the record count '{parts[2]}' of a {parts[1]} frame is not a positive number";
        else
            return new KisDataFrame(parts[0] == "1", parts[1], count, parts[3]);
        return null;
    }

    /// <summary>
    /// The records of <paramref name="payload"/> (the decrypted one for encrypted frames): <see cref="Count"/> runs of
    /// <paramref name="fieldsPerRecord"/> fields, or of an equal share when the TR's width is not fixed; null when the
    /// field count does not divide into the records.
    /// </summary>
    public IReadOnlyList<string[]>? Records(string payload, int? fieldsPerRecord)
    {
        var fields = payload.Split('^');
        if (Count == 1 && (fieldsPerRecord is null || fields.Length == fieldsPerRecord)) return [fields];
        var width = fieldsPerRecord ?? (fields.Length % Count == 0 ? fields.Length / Count : 0);
        if (width == 0 || fields.Length != width * Count) return null;
        var records = new List<string[]>(Count);
        for (var i = 0; i < Count; i++) records.Add(fields[(i * width)..((i + 1) * width)]);
        return records;
    }
}
