namespace Ouroboros.Analytics.Reports;

/// <summary>One line of a chart, already downsampled. X is UTC ticks.</summary>
internal sealed record ChartSeries(string Name, string Color, double[] X, double[] Y, bool Dashed = false, bool Area = false);
