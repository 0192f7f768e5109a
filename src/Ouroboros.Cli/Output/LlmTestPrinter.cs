using System.Globalization;
using System.Text.Json;
using Ouroboros.Application.Brain;
using Ouroboros.Hosting.Llm;

namespace Ouroboros.Cli.Output;

/// <summary>`llm test`: one line per profile, or one JSON object; failures carry their message, never a key.</summary>
public static class LlmTestPrinter
{
    public static async Task PrintAsync(TextWriter output, IReadOnlyList<ModelProbeResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<string[]> { new[] { "PROFILE", "PROVIDER", "MODEL", "OUTCOME", "LATENCY MS", "TOKENS IN", "TOKENS OUT", "COST USD" } };
        rows.AddRange(results.Select(r => new[]
        {
            r.Profile, r.Provider, r.Model, r.Outcome, Format.Num(r.LatencyMs, "0"), Tokens(r.TokensIn), Tokens(r.TokensOut), Cost(r),
        }));
        await LlmTable.WriteAsync(output, rows, "LLLLRRRR").ConfigureAwait(false);
        foreach (var failed in results.Where(r => !r.Ok))
            await output.WriteLineAsync($"{failed.Profile}: {failed.Message}").ConfigureAwait(false);
        var bad = results.Count(r => !r.Ok);
        await output.WriteLineAsync(bad == 0
            ? $"All {results.Count} profile(s) answered."
            : $"{bad} of {results.Count} profile(s) failed.").ConfigureAwait(false);
    }

    public static async Task PrintJsonAsync(TextWriter output, IReadOnlyList<ModelProbeResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["ok"] = results.All(r => r.Ok),
            ["profiles"] = results.Select(r => new Dictionary<string, object?>
            {
                ["profile"] = r.Profile, ["provider"] = r.Provider, ["model"] = r.Model, ["outcome"] = r.Outcome, ["message"] = r.Message,
                ["latency_ms"] = Math.Round(r.LatencyMs, 1), ["tokens_in"] = r.TokensIn, ["tokens_out"] = r.TokensOut,
                ["cost_usd"] = r.Cost, ["priced"] = r.Priced, ["reply"] = r.Reply,
            }),
        })).ConfigureAwait(false);
    }

    public static async Task PrintNoProviderAsync(TextWriter output, bool json)
    {
        ArgumentNullException.ThrowIfNull(output);
        const string help = "No model provider is configured, so there is nothing to test (the engine runs on the rules).";
        var variables = LlmEnvironment.KnownNames;
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["ok"] = true, ["profiles"] = Array.Empty<object>(), ["message"] = help, ["variables"] = variables, ["setting"] = "Llm:Profiles",
            })).ConfigureAwait(false);
            return;
        }
        await output.WriteLineAsync(help).ConfigureAwait(false);
        await output.WriteLineAsync("Configure one in the environment or in .env:").ConfigureAwait(false);
        await output.WriteLineAsync("  OPENAI_API_KEY     (optional OPENAI_BASE_URL for any OpenAI-compatible server, OPENAI_MODEL)").ConfigureAwait(false);
        await output.WriteLineAsync("  GEMINI_API_KEY     (optional GEMINI_BASE_URL)").ConfigureAwait(false);
        await output.WriteLineAsync("  ANTHROPIC_API_KEY  (optional ANTHROPIC_BASE_URL)").ConfigureAwait(false);
        await output.WriteLineAsync("or add profiles with the Llm:Profiles setting (OUROBOROS_LLM__PROFILES), e.g.").ConfigureAwait(false);
        await output.WriteLineAsync("  ollama=openai|llama3.1|local|http://localhost:11434/v1|").ConfigureAwait(false);
        await output.WriteLineAsync("Then run `./ouroboros llm test` again.").ConfigureAwait(false);
    }

    private static string Tokens(int? n) => n is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : "n/a";

    private static string Cost(ModelProbeResult r) => r.Cost is not null ? LlmUsagePrinter.Cost(r.Cost) : r.Priced ? "n/a" : "unpriced";
}
