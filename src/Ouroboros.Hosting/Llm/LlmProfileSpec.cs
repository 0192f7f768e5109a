using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;

namespace Ouroboros.Hosting.Llm;

/// <summary>One custom profile from Llm:Profiles: NAME=KIND|MODEL|TIER|BASE-URL|KEY-VARIABLE.</summary>
public sealed record LlmProfileSpec(string Name, ProviderKind Kind, string Model, ModelTier Tier, string? BaseUrl, string? KeyVariable)
{
    public static IReadOnlyList<LlmProfileSpec> Parse(string text, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var specs = new List<LlmProfileSpec>();
        foreach (var entry in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var parts = eq > 0 ? entry[(eq + 1)..].Split('|', StringSplitOptions.TrimEntries) : [];
            if (eq <= 0 || parts.Length is < 3 or > 5)
            {
                problems.Add($"profile '{entry}' is not NAME=KIND|MODEL|TIER|BASE-URL|KEY-VARIABLE");
                continue;
            }
            var name = entry[..eq].Trim();
            ProviderKind? kind = parts[0].ToLowerInvariant() switch
            {
                "openai" => ProviderKind.OpenAiCompatible,
                "anthropic" => ProviderKind.Anthropic,
                "gemini" => ProviderKind.Gemini,
                _ => null,
            };
            if (kind is null) problems.Add($"profile {name}: kind '{parts[0]}' must be openai, anthropic or gemini");
            if (parts[1].Length == 0) problems.Add($"profile {name}: the model is empty");
            if (!Enum.TryParse<ModelTier>(parts[2], ignoreCase: true, out var tier)) problems.Add($"profile {name}: tier '{parts[2]}' must be deep, quick or local");
            var url = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null;
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
                problems.Add($"profile {name}: base URL '{url}' is not an absolute http(s) URL");
            var key = parts.Length > 4 && parts[4].Length > 0 ? parts[4] : null;
            if (kind is { } k) specs.Add(new LlmProfileSpec(name, k, parts[1], tier, url, key));
        }
        foreach (var duplicate in specs.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add($"profile {duplicate.Key} is defined {duplicate.Count()} times");
        return specs;
    }

    public static string? Check(string text)
    {
        var problems = new List<string>();
        Parse(text, problems);
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
