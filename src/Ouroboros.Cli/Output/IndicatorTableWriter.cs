using System.Globalization;
using System.Text.Json;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators;
using Ouroboros.Indicators.Specs;

namespace Ouroboros.Cli.Output;

/// <summary>Writes one row per bar with a date column and one column per indicator line.</summary>
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
        Utf8JsonWriter? jw = null;
        MemoryStream? buffer = null;
        if (json)
        {
            buffer = new MemoryStream();
            jw = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false });
            jw.WriteStartArray();
        }
        else await output.WriteLineAsync("date," + string.Join(',', columns)).ConfigureAwait(false);

        var values = new double?[columns.Length];
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
            if (jw is not null)
            {
                jw.WriteStartObject();
                jw.WriteString("date", date);
                for (var k = 0; k < columns.Length; k++)
                {
                    if (values[k] is { } v) jw.WriteNumber(columns[k], v);
                    else jw.WriteNull(columns[k]);
                }
                jw.WriteEndObject();
            }
            else
            {
                var cells = values.Select(v => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "");
                await output.WriteLineAsync(date + "," + string.Join(',', cells)).ConfigureAwait(false);
            }
        }
        if (jw is not null)
        {
            jw.WriteEndArray();
            await jw.FlushAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer!.ToArray())).ConfigureAwait(false);
            await jw.DisposeAsync().ConfigureAwait(false);
            await buffer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
