namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// Reads the named fields of one caret-separated record, remembering the first required field that was missing or
/// unreadable so the whole record can be reported as one problem instead of being half-filled with zeros.
/// </summary>
internal sealed class KisFieldReader(string trId, string[] fields)
{
    public string? Problem { get; private set; }

    public string Text(int index, string name)
    {
        var value = index < fields.Length ? fields[index].Trim() : "";
        if (value.Length == 0) Fail($"{name} (field {index}) is empty");
        return value;
    }

    public string? OptionalText(int index)
    {
        var value = index < fields.Length ? fields[index].Trim() : "";
        return value.Length == 0 ? null : value;
    }

    public decimal Decimal(int index, string name)
    {
        var text = index < fields.Length ? fields[index] : "";
        if (KisNumber.Parse(text) is { } value) return value;
        Fail($"{name} (field {index}) '{text}' is not a number");
        return 0m;
    }

    public decimal? OptionalDecimal(int index) => index < fields.Length ? KisNumber.Parse(fields[index]) : null;

    public DateOnly Date(int index, string name)
    {
        var text = index < fields.Length ? fields[index] : "";
        if (KisTime.TryDate(text, out var date)) return date;
        Fail($"{name} (field {index}) '{text}' is not a YYYYMMDD date");
        return default;
    }

    public TimeOnly Time(int index, string name)
    {
        var text = index < fields.Length ? fields[index] : "";
        if (KisTime.TryTime(text, out var time)) return time;
        Fail($"{name} (field {index}) '{text}' is not an HHMMSS time");
        return default;
    }

    /// <summary>The problem in words, naming the TR and what the record was about.</summary>
    public string Describe(string about) => $"a {trId} record{(about.Length > 0 ? $" for {about}" : "")} was skipped: {Problem}";

    private void Fail(string problem) => Problem ??= problem;
}
