namespace Ouroboros.Analytics.Reports;

/// <summary>A trade marker: a triangle pointing up (buy, drawn under the price) or down (sell, drawn over it).</summary>
internal sealed record ChartMarker(double X, double Y, bool Up, string Color, string Title);
