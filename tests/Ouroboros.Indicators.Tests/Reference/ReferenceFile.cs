using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ouroboros.Indicators.Tests.Support;

namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>stock-indicators-reference.json: Skender's spot checks and the parameters of each full baseline.</summary>
internal static partial class ReferenceFile
{
    private static readonly Lazy<(IReadOnlyList<SpotCheckGroup> Groups, IReadOnlyDictionary<string, string> Params)> Content = new(Load);

    public static IReadOnlyList<SpotCheckGroup> Groups => Content.Value.Groups;

    public static SpotCheckGroup Group(string indicator) =>
        Groups.SingleOrDefault(g => g.Indicator == indicator) ?? throw new InvalidOperationException($"No spot checks for {indicator}.");

    /// <summary>The call that generated a full baseline, e.g. <c>ToRsi(14)</c> for <c>rsi</c>; null when not recorded.</summary>
    public static string? BaselineCall(string baseline) => Content.Value.Params.GetValueOrDefault(baseline);

    /// <summary>The numeric arguments of a call such as <c>ToBollingerBands(20,2)</c>.</summary>
    public static double[] Arguments(string call)
    {
        var match = CallArguments().Match(call);
        match.Success.ShouldBeTrue($"'{call}' has no argument list");
        var list = match.Groups[1].Value;
        return list.Length == 0
            ? []
            : list.Split(',').Select(a => double.Parse(a.Trim(), CultureInfo.InvariantCulture)).ToArray();
    }

    private static (IReadOnlyList<SpotCheckGroup>, IReadOnlyDictionary<string, string>) Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestDataPath.Of("stock-indicators-reference.json")));
        var groups = new List<SpotCheckGroup>();
        foreach (var g in doc.RootElement.GetProperty("spot_checks").EnumerateArray())
        {
            var checks = new List<SpotCheck>();
            foreach (var c in g.GetProperty("checks").EnumerateArray())
            {
                var expected = c.GetProperty("expected");
                checks.Add(new SpotCheck(
                    c.GetProperty("bar_index").GetInt32(),
                    c.GetProperty("field").GetString()!,
                    expected.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.True => 1,
                        JsonValueKind.False => 0,
                        _ => expected.GetDouble(),
                    },
                    c.TryGetProperty("abs_tolerance", out var tol) && tol.ValueKind == JsonValueKind.Number ? tol.GetDouble() : null));
            }

            groups.Add(new SpotCheckGroup(g.GetProperty("indicator").GetString()!, g.GetProperty("call").GetString()!, checks));
        }

        var parameters = doc.RootElement.GetProperty("full_baselines").GetProperty("params")
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        return (groups, parameters);
    }

    [GeneratedRegex(@"\(([^)]*)\)")]
    private static partial Regex CallArguments();
}
