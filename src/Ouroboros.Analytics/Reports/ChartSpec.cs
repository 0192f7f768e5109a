namespace Ouroboros.Analytics.Reports;

/// <summary>What one SVG chart shows and how its value axis is labelled.</summary>
internal sealed record ChartSpec(
    string Title,
    int Height,
    IReadOnlyList<ChartSeries> Series,
    Func<double, string> FormatValue,
    IReadOnlyList<ChartMarker>? Markers = null,
    bool IncludeZero = false);
