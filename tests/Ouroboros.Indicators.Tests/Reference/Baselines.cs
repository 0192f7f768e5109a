using System.Globalization;
using System.Text;
using Ouroboros.Indicators.Tests.Support;

namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>Checks one of our output lines against a full per-bar reference baseline.</summary>
internal static class Baselines
{
    /// <summary>
    /// Tolerance for full baselines: 1e-11 relative (absolute below 1), far tighter than the spot checks'
    /// 4-decimal tolerances. The remaining differences come only from the order of floating-point operations
    /// (a compensated running sum versus re-summing the window, a reciprocal multiply versus a division); the
    /// worst observed on default.csv is about 1e-13 (z-scores, where the stdev divides a small difference).
    /// </summary>
    public const double Tolerance = 1e-11;

    /// <summary>
    /// Every bar: null exactly where the baseline is null, otherwise within tolerance. Bars listed in
    /// <paramref name="definitionsDiffer"/> are skipped; callers explain why in the test.
    /// </summary>
    public static void Verify(string baseline, string field, IReadOnlyList<double?> actual, double tolerance = Tolerance, Func<int, bool>? definitionsDiffer = null)
    {
        var expected = BaselineFile.Load(baseline)[field];
        var bars = QuotesCsv.Default;
        actual.Count.ShouldBe(expected.Length);
        BaselineFile.Timestamps(baseline).ShouldBe(bars.Select(b => b.Time.UtcDateTime).ToArray(), $"{baseline} is not aligned with default.csv");

        var failures = new StringBuilder();
        var compared = 0;
        var worst = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (definitionsDiffer?.Invoke(i) == true) continue;
            compared++;
            var (e, a) = (expected[i], actual[i]);
            if (e is null != a is null)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"{baseline}.{field}[{i}]: expected {Show(e)}, got {Show(a)}");
                continue;
            }

            if (e is not { } ev || a is not { } av) continue;
            double.IsFinite(av).ShouldBeTrue();
            var error = Math.Abs(av - ev) / Math.Max(1, Math.Abs(ev));
            worst = Math.Max(worst, error);
            if (error > tolerance)
                failures.AppendLine(CultureInfo.InvariantCulture, $"{baseline}.{field}[{i}]: expected {Show(e)}, got {Show(a)} (scaled error {error:E2})");
        }

        compared.ShouldBeGreaterThan(expected.Length / 2);
        failures.ToString().ShouldBeEmpty($"worst scaled error {worst:E2}");
    }

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
