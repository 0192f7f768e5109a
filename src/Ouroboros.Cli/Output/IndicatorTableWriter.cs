using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators;
using Ouroboros.Indicators.Specs;

namespace Ouroboros.Cli.Output;

/// <summary>Writes one row per bar with a date column and one column per indicator line, streaming row by row.</summary>
public static class IndicatorTableWriter
{
    public static async Task WriteAsync(TextWriter output, string format, BarSeries series, IReadOnlyList<IndicatorSpec> specs,
        IReadOnlyList<IIndicator> indicators, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(series);
        var columns = specs.SelectMany(s => s.ColumnNames).ToArray();
        var daily = !series.Interval.IsIntraday;
        var json = format == "json";
        var buffer = new ArrayBufferWriter<byte>();
        using var row = new Utf8JsonWriter(buffer);
        if (json) await output.WriteAsync('[').ConfigureAwait(false);
        else await output.WriteLineAsync("date," + string.Join(',', columns)).ConfigureAwait(false);

        var values = new double?[columns.Length];
        var first = true;
        for (var i = 0; i < series.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bar = series[i];
            var c = 0;
            foreach (var ind in indicators)
            {
                ind.Update(in bar);
                for (var line = 0; line < ind.LineCount; line++)
                    values[c++] = ind.TryGetLine(line, out var v) ? v : null;
            }
            if ((from is { } f && bar.Time < f) || (to is { } t && bar.Time > t)) continue;
            var date = daily ? bar.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : bar.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            if (!json)
            {
                var cells = values.Select(v => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "");
                await output.WriteLineAsync(date + "," + string.Join(',', cells)).ConfigureAwait(false);
                continue;
            }
            buffer.ResetWrittenCount();
            row.Reset(buffer);
            row.WriteStartObject();
            row.WriteString("date", date);
            for (var k = 0; k < columns.Length; k++)
            {
                if (values[k] is { } v) row.WriteNumber(columns[k], v);
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
