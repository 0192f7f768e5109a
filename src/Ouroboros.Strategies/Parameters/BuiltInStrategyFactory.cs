using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary>
/// Base of the built-in factories: declared parameters (checked one by one by <see cref="StrategyParameters.Bind"/>)
/// plus checks across parameters (e.g. fast &lt; slow). <see cref="FindProblems"/> reports both kinds together, so a
/// user sees every mistake in one message; <see cref="Create"/> repeats the cross checks for callers that bound
/// the parameters themselves.
/// </summary>
public abstract class BuiltInStrategyFactory : IStrategyFactory
{
    public abstract string Name { get; }
    public abstract string Description { get; }
    public abstract IReadOnlyList<StrategyParameter> Parameters { get; }

    public IStrategy Create(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<string>();
        CheckCombination(new ParameterValues(Parameters, parameters.Values), problems);
        if (problems.Count > 0) throw new StrategyConfigurationException($"{Name}: {string.Join("; ", problems)}");
        return Build(parameters);
    }

    /// <summary>Every problem with the given parameter text: unknown names, bad values, bad combinations (empty when fine).</summary>
    public IReadOnlyList<string> FindProblems(IReadOnlyDictionary<string, string> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var problems = new List<string>();
        foreach (var (name, value) in given)
        {
            var declared = Find(name);
            if (declared is null)
                problems.Add($"unknown parameter '{name}' (known: {string.Join(", ", Parameters.Select(p => p.Name))})");
            else if (declared.Validate(value) is { } problem)
                problems.Add(problem);
        }
        CheckCombination(new ParameterValues(Parameters, given), problems);
        return problems;
    }

    /// <summary>Adds a sentence per bad combination; values that are missing or invalid read as null and are not compared.</summary>
    protected abstract void CheckCombination(ParameterValues values, List<string> problems);

    /// <summary>Builds the strategy from parameters that passed every check.</summary>
    protected abstract IStrategy Build(StrategyParameters parameters);

    private StrategyParameter? Find(string name)
    {
        foreach (var p in Parameters)
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p;
        return null;
    }
}
