namespace Ouroboros.Cli.Output;

/// <summary>One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, quotes doubled.</summary>
public static class CsvField
{
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
