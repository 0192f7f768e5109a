using Ouroboros.Core.Strategies;

namespace Ouroboros.Strategies;

/// <summary>Creates <see cref="MomentumStrategy"/> from its seven parameters (see the README for their meaning).</summary>
public sealed class MomentumFactory : IStrategyFactory
{
    private static readonly StrategyParameter[] Declared =
    [
        new("lookback", ParameterKind.Integer, "252", "Momentum lookback in bars (12 months of daily bars).", Min: 2, Max: 100_000),
        new("skip", ParameterKind.Integer, "21", "Most recent bars left out of the momentum (1 month); less than lookback.", Min: 0, Max: 100_000),
        new("top", ParameterKind.Integer, "2", "Number of instruments held (N).", Min: 1, Max: 1_000),
        new("atr_period", ParameterKind.Integer, "20", "Wilder ATR period in bars for sizing.", Min: 1, Max: 100_000),
        new("risk_pct", ParameterKind.Decimal, "1.0", "Percent of equity risked per position per atr_mult × ATR.", Min: 0.001m, Max: 100),
        new("atr_mult", ParameterKind.Decimal, "2", "ATR multiple of the notional stop used for sizing.", Min: 0.001m, Max: 1_000),
        new("abs_filter", ParameterKind.Boolean, "true", "Only hold instruments whose momentum is above 0; otherwise stay in cash."),
    ];

    public string Name => MomentumStrategy.StrategyName;

    public string Description =>
        "12-1 momentum rotation: monthly, hold the top N by ROC(lookback) skipping the last month, sized by ATR risk with an equal-weight cap, whole shares.";

    public IReadOnlyList<StrategyParameter> Parameters => Declared;

    public IEnumerable<string> CheckCombination(ParameterValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new List<string>();
        if (values.Integer("skip") is { } skip && values.Integer("lookback") is { } lookback && skip >= lookback)
            problems.Add($"skip ({skip}) must be less than lookback ({lookback})");
        return problems;
    }

    public IStrategy Create(StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new MomentumStrategy(new MomentumSettings(
            parameters.Int("lookback"),
            parameters.Int("skip"),
            parameters.Int("top"),
            parameters.Int("atr_period"),
            parameters.Decimal("risk_pct"),
            parameters.Decimal("atr_mult"),
            parameters.Bool("abs_filter")));
    }
}
