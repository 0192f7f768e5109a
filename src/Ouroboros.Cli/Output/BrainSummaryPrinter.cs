using System.Globalization;

namespace Ouroboros.Cli.Output;

/// <summary>What the playbook or LLM strategy did, after the backtest summary: who wrote the playbooks, matches, decisions.</summary>
public static class BrainSummaryPrinter
{
    public static async Task PrintAsync(TextWriter output, IReadOnlyDictionary<string, object?> brain)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(brain);
        if (brain.TryGetValue("playbook_days", out var days))
        {
            var origins = brain["playbooks_by_origin"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            var parts = origins.Where(o => o.Value is int n && n > 0).Select(o => $"{o.Value} {o.Key}");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Playbooks ({brain["planner"]} planner): {days} days — {string.Join(", ", parts)}; {brain["playbook_fallbacks"]} fallbacks; {brain["scenario_matches"]} scenario matches")).ConfigureAwait(false);
            if (brain["planner"] as string == "rules")
                await output.WriteLineAsync("  rules-generated: no LLM was asked (set OPENAI_API_KEY, GEMINI_API_KEY or ANTHROPIC_API_KEY to use one)").ConfigureAwait(false);
        }
        if (brain.TryGetValue("llm_decisions", out var decisions))
        {
            var sources = brain["llm_decisions_by_source"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"LLM decisions ({brain["llm_mode"]}): {decisions} — {brain["llm_decisions_acted"]} acted on, {brain["llm_decisions_unusable"]} unusable (HOLD); by source: {string.Join(", ", sources.Select(s => $"{s.Key} {s.Value}"))}")).ConfigureAwait(false);
        }
        if (brain.TryGetValue("llm_requests", out var requests) && requests is int asked && asked > 0)
        {
            // Every failed call and every fallback, so a run whose model never answered cannot look healthy.
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Model calls: {requests} requests, {brain["llm_answered"]} answered; {brain["llm_failed_calls"]} failed calls, {brain["llm_skipped_provider_down"]} skipped (provider down); {brain["llm_profile_fallbacks"]} fallbacks to the next profile, {brain["llm_rules_fallbacks"]} to rules")).ConfigureAwait(false);
        }
    }
}
