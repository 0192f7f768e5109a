namespace Ouroboros.Hosting.Llm;

/// <summary>
/// The environment variables that configure providers, as the older systems named them: OPENAI_BASE_URL,
/// OPENAI_API_KEY, OPENAI_MODEL, GEMINI_API_KEY, ANTHROPIC_API_KEY, plus GEMINI_BASE_URL and ANTHROPIC_BASE_URL for
/// proxies and test servers, and any KEY-VARIABLE a custom profile names. Read from the environment and .env.
/// Values are secrets: <see cref="ToString"/> never shows them.
/// </summary>
public sealed class LlmEnvironment
{
    public static readonly IReadOnlyList<string> KnownNames =
        ["OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "GEMINI_API_KEY", "GEMINI_BASE_URL", "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"];

    private readonly Dictionary<string, string> _values;

    public LlmEnvironment(IEnumerable<KeyValuePair<string, string?>> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in variables)
        {
            if (!string.IsNullOrWhiteSpace(value)) _values[key] = value.Trim();
        }
    }

    public static LlmEnvironment Empty { get; } = new([]);

    /// <summary>Null when unset or blank.</summary>
    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>The names that are set (never the values).</summary>
    public IEnumerable<string> Names => _values.Keys.Order(StringComparer.Ordinal);

    public override string ToString() => $"LlmEnvironment({string.Join(", ", Names.Select(n => n + "=***"))})";
}
