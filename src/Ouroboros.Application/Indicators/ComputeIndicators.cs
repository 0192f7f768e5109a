using Ouroboros.Application.Backtests;
using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Specs;
using Ouroboros.MarketData;

namespace Ouroboros.Application.Indicators;

/// <summary>Any indicator over any OHLCV file, one row per bar.</summary>
public sealed class ComputeIndicators(MarketDataLoader loader, BacktestDefaults defaults)
{
    public ComputeIndicatorsResult Execute(ComputeIndicatorsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Data);
        using var activity = ApplicationTelemetry.Start("indicators.compute");
        var specs = new List<IndicatorSpec>();
        var problems = new List<string>();
        foreach (var text in request.Indicators)
        {
            if (IndicatorSpec.TryParse(text, out var spec, out var error)) specs.Add(spec);
            else problems.Add(error);
        }
        if (problems.Count > 0) throw new InvalidInputException("indicator", string.Join("; ", problems));
        var loaded = loader.Load(request.Data, new LoadOptions { Adjusted = request.Adjusted, UseCache = defaults.UseCache });
        var columns = specs.SelectMany(s => s.ColumnNames).ToArray();
        return new ComputeIndicatorsResult(loaded.Series, specs, columns, Rows(loaded.Series, specs, columns.Length, request.From, request.To));
    }

    private static IEnumerable<IndicatorRow> Rows(BarSeries series, IReadOnlyList<IndicatorSpec> specs, int width, DateTimeOffset? from, DateTimeOffset? to)
    {
        var indicators = specs.Select(s => s.Create()).ToArray();
        for (var i = 0; i < series.Count; i++)
        {
            var bar = series[i];
            var values = new double?[width];
            var c = 0;
            foreach (var indicator in indicators)
            {
                indicator.Update(in bar);
                for (var line = 0; line < indicator.LineCount; line++)
                    values[c++] = indicator.TryGetLine(line, out var v) ? v : null;
            }
            // Bars before «from» still feed the indicators, so the first row shown is warmed up as far as the file allows.
            if ((from is { } f && bar.Time < f) || (to is { } t && bar.Time > t)) continue;
            yield return new IndicatorRow(bar.Time, values);
        }
    }
}
