namespace Ouroboros.Risk.Policy;

/// <summary>Which way a limit gets stricter.</summary>
public enum Strictness
{
    /// <summary>A lower value is stricter (e.g. fat finger 30% → 20%).</summary>
    Lower,
    /// <summary>A higher value is stricter (e.g. circuit breaker −3% → −2%, cooldown 60 → 120 minutes).</summary>
    Higher,
    /// <summary>Not a limit (e.g. take profit): any value within the sane bounds is allowed.</summary>
    Either,
}

/// <summary>One hard limit from the policy file: its value, direction, sane bounds and legacy environment variable.</summary>
public sealed record LimitDefinition(
    string Key,
    decimal Hard,
    Strictness Stricter,
    decimal Min,
    decimal Max,
    string Description,
    string? LegacyEnvironmentVariable = null,
    bool LegacyNegate = false,
    bool IsBoolean = false)
{
    /// <summary>Null when <paramref name="value"/> is allowed; else a sentence naming the limit, the hard and the given value.</summary>
    public string? Check(decimal value) => Problem(value) is { } problem ? $"Risk:{Key} = {Show(value)}: {problem}" : null;

    /// <summary>Why <paramref name="value"/> is not allowed (without the key), or null.</summary>
    public string? Problem(decimal value)
    {
        if (value < Min || value > Max)
            return $"outside the sane range {Show(Min)} to {Show(Max)}";
        return Stricter switch
        {
            Strictness.Lower when value > Hard => $"looser than the hard limit {Show(Hard)} in the risk policy (only values ≤ {Show(Hard)} are allowed)",
            Strictness.Higher when value < Hard => $"looser than the hard limit {Show(Hard)} in the risk policy (only values ≥ {Show(Hard)} are allowed)",
            _ => null,
        };
    }

    private string Show(decimal value) => IsBoolean ? (value != 0).ToString().ToLowerInvariant() : value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
