using System.Globalization;
using System.Text.Json;

namespace Ouroboros.Risk.Policy;

/// <summary>
/// The hard limits shipped with the code (Policy/risk-policy.json, embedded). Configuration can only tighten them:
/// <see cref="Tighten"/> reports every looser or malformed value at once, naming the limit, the hard and the given value.
/// </summary>
public static class RiskPolicy
{
    private static readonly Lazy<IReadOnlyList<LimitDefinition>> Loaded = new(Load);

    public static IReadOnlyList<LimitDefinition> Limits => Loaded.Value;

    public static LimitDefinition Find(string key) =>
        Limits.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The risk policy has no limit '{key}'.");

    /// <summary>The limits exactly as the policy file states them.</summary>
    public static RiskLimits Hard { get; } = RiskLimits.From(key => Find(key).Hard);

    /// <summary>
    /// Applies configured values (key without the "Risk:" prefix → text) over the hard limits. Legacy environment
    /// variables (MAX_LOSS_PCT, MAX_ORDER_PCT, CONFIDENCE_THRESHOLD) are given by the caller under their own names.
    /// </summary>
    public static RiskLimits Tighten(IReadOnlyDictionary<string, string> configured, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var found = new List<string>();
        var values = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, text) in configured)
        {
            var limit = Limits.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.OrdinalIgnoreCase))
                ?? Limits.FirstOrDefault(l => string.Equals(l.LegacyEnvironmentVariable, key, StringComparison.OrdinalIgnoreCase));
            if (limit is null)
            {
                found.Add($"unknown risk limit '{key}' (known: {string.Join(", ", Limits.Select(l => l.Key))})");
                continue;
            }
            var legacy = string.Equals(limit.LegacyEnvironmentVariable, key, StringComparison.OrdinalIgnoreCase);
            if (!TryParse(limit, text, out var value))
            {
                found.Add($"{(legacy ? key : "Risk:" + limit.Key)} = '{text}' is not {(limit.IsBoolean ? "true or false" : "a number")}");
                continue;
            }
            if (legacy && limit.LegacyNegate) value = -Math.Abs(value);
            if (limit.Check(value) is { } problem)
            {
                found.Add(legacy ? $"{key} (legacy name of Risk:{limit.Key}): {problem}" : problem);
                continue;
            }
            // A new name and its legacy name may both be set; the stricter one wins.
            values[limit.Key] = values.TryGetValue(limit.Key, out var other) ? Stricter(limit, other, value) : value;
        }
        problems = found;
        return RiskLimits.From(key => values.TryGetValue(key, out var v) ? v : Find(key).Hard);
    }

    private static decimal Stricter(LimitDefinition limit, decimal a, decimal b) => limit.Stricter switch
    {
        Strictness.Lower => Math.Min(a, b),
        Strictness.Higher => Math.Max(a, b),
        _ => b,
    };

    /// <summary>Reads a configured value in the limit's unit: true/false as 1/0 for switches, else an invariant decimal.</summary>
    public static bool TryParse(LimitDefinition limit, string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (limit.IsBoolean)
        {
            var ok = bool.TryParse(text, out var b);
            value = b ? 1 : 0;
            return ok;
        }
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    private static IReadOnlyList<LimitDefinition> Load()
    {
        using var stream = typeof(RiskPolicy).Assembly.GetManifestResourceStream("Ouroboros.Risk.risk-policy.json")
            ?? throw new InvalidOperationException("The embedded risk policy is missing from the Ouroboros.Risk assembly.");
        using var document = JsonDocument.Parse(stream);
        var list = new List<LimitDefinition>();
        foreach (var e in document.RootElement.GetProperty("limits").EnumerateArray())
        {
            list.Add(new LimitDefinition(
                e.GetProperty("key").GetString()!,
                e.GetProperty("hard").GetDecimal(),
                Enum.Parse<Strictness>(e.GetProperty("stricter").GetString()!, ignoreCase: true),
                e.GetProperty("min").GetDecimal(),
                e.GetProperty("max").GetDecimal(),
                e.GetProperty("description").GetString()!,
                e.TryGetProperty("legacyEnv", out var env) ? env.GetString() : null,
                e.TryGetProperty("legacyNegate", out var neg) && neg.GetBoolean(),
                e.TryGetProperty("boolean", out var boolean) && boolean.GetBoolean()));
        }
        return list;
    }
}
