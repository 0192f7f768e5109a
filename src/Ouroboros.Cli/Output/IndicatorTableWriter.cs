using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ouroboros.Application.Indicators;

namespace Ouroboros.Cli.Output;

/// <summary>
/// Writes one row per bar with a date column and one column per indicator line, streaming row by row. CSV is RFC 4180:
/// column names such as bb:20,2.upper hold commas and are quoted.
/// </summary>
public static class IndicatorTableWriter
{
    public static async Task WriteAsync(TextWriter output, string format, ComputeIndicatorsResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var columns = result.Columns;
        var daily = !result.Intraday;
        var json = format == "json";
        var buffer = new ArrayBufferWriter<byte>();
        using var row = new Utf8JsonWriter(buffer);
        if (json) await output.WriteAsync('[').ConfigureAwait(false);
        else await output.WriteLineAsync("date," + string.Join(',', columns.Select(CsvField.Quote))).ConfigureAwait(false);

        var first = true;
        foreach (var r in result.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var date = daily ? r.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : r.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            if (!json)
            {
                var cells = r.Values.Select(v => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "");
                await output.WriteLineAsync(date + "," + string.Join(',', cells)).ConfigureAwait(false);
                continue;
            }
            buffer.ResetWrittenCount();
            row.Reset(buffer);
            row.WriteStartObject();
            row.WriteString("date", date);
            for (var k = 0; k < columns.Count; k++)
            {
                if (r.Values[k] is { } v) row.WriteNumber(columns[k], v);
                else row.WriteNull(columns[k]);
            }
            row.WriteEndObject();
            await row.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (!first) await output.WriteAsync(',').ConfigureAwait(false);
            await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan)).ConfigureAwait(false);
            first = false;
        }
        if (json) await output.WriteLineAsync(']').ConfigureAwait(false);
    }
}
