namespace Ouroboros.Ai.Prompts;

/// <summary>
/// The scenario condition language as the playbook prompt describes it. A copy of the names in
/// <c>Ouroboros.Strategies.Scenarios.ScenarioVocabulary</c> (Ai cannot reference Strategies); the playbook validator
/// there is the authority, so a name that drifts here only makes the model write scenarios that are rejected downstream.
/// </summary>
public static class ConditionVocabulary
{
    public const string Text = """
        Bar fields: open, high, low, close, volume, change_pct, range_pct
        Indicators (N = period, written rsi14 or rsi_14): sma<N>, ema<N>, wma<N>, rsi<N> (0..100), atr<N>, roc<N> (percent change over N bars), cci<N>, willr<N> (-100..0), adx<N>, stdev<N>, highest<N> (highest high incl. current bar), lowest<N> (lowest low incl. current bar), volume_ratio[N] (volume / N-bar average, default 20)
        Comparisons: <, <=, >, >=, ==, !=   Logic: and, or, not (also &&, ||), parentheses
        Numbers are plain decimals; compare a name with a number or with another name, e.g. "close > sma20 and rsi14 < 30"
        """;
}
