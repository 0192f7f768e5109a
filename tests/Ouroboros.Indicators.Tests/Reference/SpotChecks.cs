using System.Globalization;
using System.Text;

namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>Checks our outputs against every spot check of one reference group, at each check's stated tolerance.</summary>
internal static class SpotChecks
{
    /// <param name="indicator">The group's <c>indicator</c> in the reference JSON.</param>
    /// <param name="actual">Our per-bar output for each reference field we produce.</param>
    /// <param name="notProduced">Reference fields we deliberately do not produce, with the reason.</param>
    public static void Verify(string indicator, IReadOnlyDictionary<string, double?[]> actual, IReadOnlyDictionary<string, string>? notProduced = null)
    {
        var group = ReferenceFile.Group(indicator);
        var failures = new StringBuilder();
        var verified = 0;
        foreach (var check in group.Checks)
        {
            if (notProduced?.ContainsKey(check.Field) == true) continue;
            actual.ContainsKey(check.Field).ShouldBeTrue($"{indicator} spot check field '{check.Field}' is neither produced nor declared out of scope");
            var value = actual[check.Field][check.BarIndex];
            var ok = (check.Expected, value) switch
            {
                (null, null) => true,
                (null, _) or (_, null) => false,
                ({ } e, { } v) => check.Tolerance is null or 0 ? v == e : Math.Abs(v - e) <= check.Tolerance.Value,
            };
            verified++;
            if (!ok)
            {
                failures.AppendLine(CultureInfo.InvariantCulture,
                    $"{indicator} {check.Field}[{check.BarIndex}]: expected {Show(check.Expected)} ± {check.Tolerance}, got {Show(value)}");
            }
        }

        verified.ShouldBeGreaterThan(0, $"no spot check of {indicator} was verified");
        failures.ToString().ShouldBeEmpty();
    }

    private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "null";
}
