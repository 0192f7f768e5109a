using Ouroboros.Indicators.Specs;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// The names a condition may use. Fields come from the bar; indicators are written <c>&lt;name&gt;&lt;period&gt;</c>
/// (<c>rsi14</c>) or with an underscore (<c>rsi_14</c>) and map to an <see cref="IndicatorSpec"/> of the indicator
/// library. This table is the single list of what is supported; the README repeats it.
/// </summary>
public static class ScenarioVocabulary
{
    /// <summary>Bar fields in snapshot order; their slots are the first ones of every layout.</summary>
    public static readonly IReadOnlyList<string> Fields = ["open", "high", "low", "close", "volume", "change_pct", "range_pct"];

    // Name in conditions, spec name in the indicator catalog, line of the indicator, period when none is written
    // (0 = a period is required), meaning.
    private static readonly (string Name, string Spec, int Line, int DefaultPeriod, string Meaning)[] Indicators =
    [
        ("sma", "sma", 0, 0, "simple moving average of close"),
        ("ema", "ema", 0, 0, "exponential moving average of close"),
        ("wma", "wma", 0, 0, "weighted moving average of close"),
        ("rsi", "rsi", 0, 0, "Wilder RSI (0..100)"),
        ("atr", "atr", 0, 0, "Wilder average true range"),
        ("roc", "roc", 0, 0, "momentum: percent change of close over N bars"),
        ("cci", "cci", 0, 0, "commodity channel index"),
        ("willr", "willr", 0, 0, "Williams %R (-100..0)"),
        ("adx", "adx", 2, 0, "ADX trend strength"),
        ("stdev", "stdev", 0, 0, "population standard deviation of close"),
        ("highest", "highest", 0, 0, "highest high of N bars, current included"),
        ("lowest", "lowest", 0, 0, "lowest low of N bars, current included"),
        ("volume_ratio", "volratio", 0, 20, "volume / average volume of N bars (default 20)"),
    ];

    /// <summary>Everything that may be written, for error messages: <c>open, …, rsi&lt;N&gt;, …, volume_ratio[N]</c>.</summary>
    public static string Known { get; } = string.Join(", ", Fields.Concat(Indicators.Select(i => i.DefaultPeriod > 0 ? $"{i.Name}[N]" : $"{i.Name}<N>")));

    /// <summary>One line per indicator name: usage, spec and meaning.</summary>
    public static IReadOnlyList<string> Help { get; } =
        Indicators.Select(i => $"{i.Name}{(i.DefaultPeriod > 0 ? "[N]" : "<N>")} → {i.Spec}:N — {i.Meaning}").ToArray();

    /// <summary>Resolves a lower-case name; on failure <paramref name="error"/> says why (without the position).</summary>
    public static bool TryResolve(string name, out ScenarioValue? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(name);
        value = null;
        error = null;
        for (var f = 0; f < Fields.Count; f++)
        {
            if (Fields[f] != name) continue;
            value = new ScenarioValue(name, name, f, null, 0);
            return true;
        }

        var digits = name.Length;
        while (digits > 0 && char.IsAsciiDigit(name[digits - 1])) digits--;
        var stem = name[..digits].TrimEnd('_');
        foreach (var indicator in Indicators)
        {
            if (indicator.Name != stem) continue;
            if (digits == name.Length && indicator.DefaultPeriod == 0)
            {
                error = $"indicator '{name}' needs a period, e.g. {stem}14";
                return false;
            }
            var period = digits == name.Length ? indicator.DefaultPeriod.ToString(System.Globalization.CultureInfo.InvariantCulture) : name[digits..];
            if (!IndicatorSpec.TryParse($"{indicator.Spec}:{period}", out var spec, out var problem))
            {
                error = $"invalid period in '{name}': {problem}";
                return false;
            }
            value = new ScenarioValue(name, $"{spec.Text}#{indicator.Line}", -1, spec, indicator.Line);
            return true;
        }

        error = $"unknown {(digits < name.Length ? "indicator" : "field or indicator")} '{name}'";
        return false;
    }
}
