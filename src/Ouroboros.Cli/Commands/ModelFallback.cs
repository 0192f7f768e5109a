using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// A model strategy without a model falls back to the rules engine; that is allowed (and repeatable) but never silent:
/// the user asked for a model and is told before the run starts that none will be asked.
/// </summary>
public static class ModelFallback
{
    private const string Keys = "set OPENAI_API_KEY, GEMINI_API_KEY or ANTHROPIC_API_KEY (or OPENAI_BASE_URL) to use one";

    public static string? Warning(string strategy, string? planner, OuroborosOptions options)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Llm.Providers.Count > 0) return null;
        if (strategy.Equals("llm", StringComparison.OrdinalIgnoreCase))
            return $"no language model is configured, so the llm strategy falls back to the rules engine for every decision; {Keys}";
        if (strategy.Equals("playbook", StringComparison.OrdinalIgnoreCase) && planner is null)
            return $"no language model is configured, so the playbook strategy uses the rules planner; {Keys}, or pass --planner rules to say so";
        return null;
    }
}
