using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ouroboros.Indicators.Specs;

/// <summary>
/// A parsed indicator spec such as <c>sma:30</c>, <c>bb:20,2</c> or <c>rsi</c> (omitted trailing parameters take
/// their defaults). <see cref="Text"/> is the normalised form (<c>rsi</c> → <c>rsi:14</c>), which is also the
/// created indicator's <see cref="IIndicator.Name"/> and the column name of single-line indicators; multi-line
/// indicators have one column per line, <c>{Text}.{line}</c>.
/// </summary>
public sealed class IndicatorSpec
{
    private readonly double[] _arguments;

    private IndicatorSpec(IndicatorDefinition definition, double[] arguments, IIndicator probe)
    {
        Definition = definition;
        _arguments = arguments;
        Parameters = Array.AsReadOnly(arguments);
        Text = SpecText.Format(definition.Name, arguments);
        LineNames = probe.LineNames;
        var columns = new string[probe.LineCount];
        for (var i = 0; i < columns.Length; i++)
            columns[i] = columns.Length == 1 ? Text : $"{Text}.{probe.LineNames[i]}";
        ColumnNames = Array.AsReadOnly(columns);
        WarmupPeriod = probe.WarmupPeriod;
    }

    public IndicatorDefinition Definition { get; }

    public string Name => Definition.Name;

    /// <summary>All parameters, defaults filled in.</summary>
    public IReadOnlyList<double> Parameters { get; }

    public string Text { get; }

    public IReadOnlyList<string> LineNames { get; }

    public IReadOnlyList<string> ColumnNames { get; }

    public int WarmupPeriod { get; }

    /// <summary>A new indicator in its initial state; call once per instrument or run.</summary>
    public IIndicator Create() => Definition.Create(_arguments);

    public override string ToString() => Text;

    /// <summary>Parses a spec; throws <see cref="FormatException"/> with a one-line message saying what is wrong and what is valid.</summary>
    public static IndicatorSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out IndicatorSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"Indicator spec is empty; expected name[:parameters], one of: {IndicatorCatalog.Usage}.";
            return false;
        }

        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? trimmed : trimmed[..colon]).Trim();
        var definition = IndicatorCatalog.Find(name);
        if (definition is null)
        {
            error = $"Unknown indicator '{name}' in spec '{trimmed}'; valid indicators: {IndicatorCatalog.Usage}.";
            return false;
        }

        var problem = ParseArguments(definition, colon < 0 ? null : trimmed[(colon + 1)..], out var arguments)
            ?? definition.CheckConstraint(arguments);
        if (problem is not null)
        {
            error = $"Invalid indicator spec '{trimmed}': {problem}; usage: {definition.Usage}.";
            return false;
        }

        spec = new IndicatorSpec(definition, arguments, definition.Create(arguments));
        error = null;
        return true;
    }

    private static string? ParseArguments(IndicatorDefinition definition, string? list, out double[] arguments)
    {
        var parameters = definition.Parameters;
        arguments = new double[parameters.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = parameters[i].Default;
        if (list is null) return null;
        if (parameters.Count == 0) return $"{definition.Name} takes no parameters";
        if (string.IsNullOrWhiteSpace(list)) return "no parameters after ':'";

        var parts = list.Split(',');
        if (parts.Length > parameters.Count)
            return $"{parts.Length} parameters given but {definition.Name} takes at most {parameters.Count}";
        for (var i = 0; i < parts.Length; i++)
        {
            var parameter = parameters[i];
            var part = parts[i].Trim();
            if (part.Length == 0) return $"parameter {i + 1} ({parameter.Name}) is empty";
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                return $"{parameter.Name} '{part}' is not a number";
            if (parameter.WholeNumber && value != Math.Floor(value))
                return $"{parameter.Name} must be a whole number, not {part}";
            if (value < parameter.Minimum || value > parameter.Maximum)
                return $"{parameter.Name} must be between {SpecText.Number(parameter.Minimum)} and {SpecText.Number(parameter.Maximum)}, not {part}";
            arguments[i] = value;
        }

        return null;
    }
}
