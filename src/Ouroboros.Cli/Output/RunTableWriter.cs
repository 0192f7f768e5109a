using System.Text.Json;
using Ouroboros.Application.Runs;

namespace Ouroboros.Cli.Output;

/// <summary>A run's table as RFC 4180 CSV (CRLF line ends, fields quoted when needed) or as a JSON array of objects.</summary>
public static class RunTableWriter
{
    public static async Task WriteCsvAsync(TextWriter output, RunTable table)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        await output.WriteAsync(string.Join(',', table.Columns.Select(CsvField.Quote)) + "\r\n").ConfigureAwait(false);
        foreach (var row in table.Rows)
            await output.WriteAsync(string.Join(',', row.Select(v => CsvField.Quote(v ?? ""))) + "\r\n").ConfigureAwait(false);
    }

    public static async Task WriteJsonAsync(TextWriter output, RunTable table)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(row => table.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2));
        await output.WriteLineAsync(JsonSerializer.Serialize(rows)).ConfigureAwait(false);
    }
}
