using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary>Creates <see cref="TripleRsiStrategy"/>; RSI periods must increase (fast &lt; mid &lt; slow).</summary>
public sealed class TripleRsiFactory : IStrategyFactory
{
    private static readonly StrategyParameter[] Declared =
    [
        new("rsi_fast", ParameterKind.Integer, "7", "Fast RSI period.", Min: 1, Max: 10_000),
        new("rsi_mid", ParameterKind.Integer, "14", "Middle RSI period.", Min: 2, Max: 10_000),
        new("rsi_slow", ParameterKind.Integer, "21", "Slow RSI period (the trend filter).", Min: 3, Max: 10_000),
        new("signal", ParameterKind.Integer, "9", "SMA period of the composite RSI that forms the signal line.", Min: 1, Max: 10_000),
        new("entry_max", ParameterKind.Decimal, "60", "Entries only while the composite RSI is below this.", Min: 0, Max: 100),
        new("trend_min", ParameterKind.Decimal, "40", "Entries only while the slow RSI is above this.", Min: 0, Max: 100),
        new("overbought", ParameterKind.Decimal, "80", "Exit when the fast RSI rises above this (no entry above it).", Min: 0, Max: 100),
    ];

    public string Name => TripleRsiStrategy.StrategyName;

    public string Description =>
        "Long/flat Triple RSI (7/14/21, signal SMA 9 of their mean): buy on a bullish signal cross in an uptrend, exit on a bearish cross or when RSI7 is overbought.";

    public IReadOnlyList<StrategyParameter> Parameters => Declared;

    public IEnumerable<string> CheckCombination(ParameterValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        var fast = values.Integer("rsi_fast");
        var mid = values.Integer("rsi_mid");
        var slow = values.Integer("rsi_slow");
        if (fast is { } f && mid is { } m && f >= m) problems.Add($"rsi_fast ({f}) must be less than rsi_mid ({m})");
        if (mid is { } m2 && slow is { } s && m2 >= s) problems.Add($"rsi_mid ({m2}) must be less than rsi_slow ({s})");
        return problems;
    }

    public IStrategy Create(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new TripleRsiStrategy(new TripleRsiSettings(
            parameters.Int("rsi_fast"),
            parameters.Int("rsi_mid"),
            parameters.Int("rsi_slow"),
            parameters.Int("signal"),
            (double)parameters.Decimal("entry_max"),
            (double)parameters.Decimal("trend_min"),
            (double)parameters.Decimal("overbought")));
    }
}
