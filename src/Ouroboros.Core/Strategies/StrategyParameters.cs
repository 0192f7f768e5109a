using System.Globalization;

namespace Ouroboros.Core.Strategies;

/// <summary>
/// Validated parameter values for one strategy: every declared parameter has a value (given or default). Unknown
/// names, bad values and bad combinations are rejected together in one exception.
/// </summary>
public sealed class StrategyParameters
{
    private readonly Dictionary<string, string> _values;

    private StrategyParameters(Dictionary<string, string> values) => _values = values;

    public IReadOnlyDictionary<string, string> Values => _values;

    public static StrategyParameters Bind(string strategy, IReadOnlyList<StrategyParameter> declared, IReadOnlyDictionary<string, string> given,
        Func<ParameterValues, IEnumerable<string>>? checkCombination = null)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(given);
        var problems = new List<string>();
        var byName = declared.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var invalid = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in given)
        {
            if (!byName.TryGetValue(name, out var p))
            {
                problems.Add($"unknown parameter '{name}' (known: {string.Join(", ", declared.Select(d => d.Name))})");
                continue;
            }
            if (p.Validate(value) is { } problem)
            {
                problems.Add(problem);
                invalid.Add(p.Name);
            }
            else values[p.Name] = value;
        }
        foreach (var p in declared)
            if (!invalid.Contains(p.Name)) values.TryAdd(p.Name, p.Default);
        if (checkCombination is not null) problems.AddRange(checkCombination(new ParameterValues(values)));
        if (problems.Count > 0)
            throw new StrategyConfigurationException($"{strategy}: {string.Join("; ", problems)}");
        return new StrategyParameters(values);
    }

    public int Int(string name) => int.Parse(Get(name), CultureInfo.InvariantCulture);
    public decimal Decimal(string name) => decimal.Parse(Get(name), NumberStyles.Number, CultureInfo.InvariantCulture);
    public bool Bool(string name) => bool.Parse(Get(name));
    public string Text(string name) => Get(name);

    private string Get(string name) => _values.TryGetValue(name, out var v)
        ? v
        : throw new KeyNotFoundException($"Parameter '{name}' was not declared.");
}

/// <summary>A strategy was configured wrongly; the message lists every problem.</summary>
public sealed class StrategyConfigurationException(string message) : Exception(message);
