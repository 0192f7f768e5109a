namespace Ouroboros.Cli.Output;

/// <summary>Plain aligned columns like the other printers; each column is left ('L') or right ('R') aligned.</summary>
public static class LlmTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<string[]> rows, string align, string indent = "  ")
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(align);
        if (rows.Count == 0) return;
        var columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c < align.Length && align[c] == 'R' ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            // Trailing blanks of a short last column only make copied output messy.
            await output.WriteLineAsync((indent + string.Join("  ", cells)).TrimEnd()).ConfigureAwait(false);
        }
    }
}
