using System.Globalization;

namespace Ouroboros.Core.Strategies;

/// <summary>
/// Typed read-only view of parameters for checks across parameters (e.g. fast &lt; slow): each value as given, else
/// its declared default; null when the given value is invalid on its own (that problem is reported already, so it is
/// not compared).
/// </summary>
public sealed class ParameterValues
{
    private readonly IReadOnlyDictionary<string, string> _valid;

    internal ParameterValues(IReadOnlyDictionary<string, string> valid) => _valid = valid;

    public long? Integer(string name) =>
        _valid.TryGetValue(name, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public string? Text(string name) => _valid.TryGetValue(name, out var text) ? text : null;

    public decimal? Decimal(string name) =>
        _valid.TryGetValue(name, out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;
}
