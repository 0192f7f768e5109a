using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary>Creates <see cref="SmaCrossStrategy"/>: <c>fast</c> (default 10) and <c>slow</c> (default 30), fast &lt; slow.</summary>
public sealed class SmaCrossFactory : IStrategyFactory
{
    private static readonly StrategyParameter[] Declared =
    [
        new("fast", ParameterKind.Integer, "10", "Fast SMA period in bars; must be less than slow.", Min: 1, Max: 100_000),
        new("slow", ParameterKind.Integer, "30", "Slow SMA period in bars.", Min: 2, Max: 100_000),
    ];

    public string Name => SmaCrossStrategy.StrategyName;

    public string Description =>
        "Long/flat SMA crossover per instrument: buy when the fast SMA crosses above the slow SMA, close when it crosses below.";

    public IReadOnlyList<StrategyParameter> Parameters => Declared;

    public IEnumerable<string> CheckCombination(ParameterValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        if (values.Integer("fast") is { } fast && values.Integer("slow") is { } slow && fast >= slow)
            problems.Add($"fast ({fast}) must be less than slow ({slow})");
        return problems;
    }

    public IStrategy Create(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new SmaCrossStrategy(parameters.Int("fast"), parameters.Int("slow"));
    }
}
