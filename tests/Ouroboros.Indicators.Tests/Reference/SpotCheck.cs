namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>One asserted value: <see cref="Expected"/> null means the reference asserts null (warm-up).</summary>
internal sealed record SpotCheck(int BarIndex, string Field, double? Expected, double? Tolerance);
