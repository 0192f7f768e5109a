using System.Globalization;
using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary>
/// Read-only typed view of raw parameter text for cross-parameter checks: a given value, else the declared default;
/// null when the value is invalid (its own problem is reported elsewhere, so it is not compared).
/// </summary>
public sealed class ParameterValues(IReadOnlyList<StrategyParameter> declared, IReadOnlyDictionary<string, string> given)
{
    public long? Integer(string name) => Valid(name) is { } text
        && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public decimal? Decimal(string name) => Valid(name) is { } text
        && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    private string? Valid(string name)
    {
        StrategyParameter? parameter = null;
        foreach (var p in declared)
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) parameter = p;
        if (parameter is null) throw new KeyNotFoundException($"Parameter '{name}' was not declared.");
        string? text = null;
        foreach (var (key, value) in given)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) text = value;
        text ??= parameter.Default;
        return parameter.Validate(text) is null ? text : null;
    }
}
