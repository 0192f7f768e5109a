using Ouroboros.Core.Language;
using Ouroboros.Ai.Playbooks;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Core.Planning;

namespace Ouroboros.Ai.Planning;

/// <summary>
/// Asks a model for the day's playbook: one call per market per day, with a point-in-time prompt over the
/// candidates. When no model can answer (none configured, every budget spent, every provider failing) it hands the
/// request to the rules planner and says so in the notes; an answer that cannot be used is a failure, which the desk
/// turns into the previous day's or a defensive playbook.
/// </summary>
public sealed class LlmPlaybookPlanner(
    ILanguageModel router,
    PromptComposer composer,
    IPlaybookPlanner rules,
    Func<PlanningRequest, PlanningCandidates>? candidates = null,
    IReadOnlyList<string>? riskLimits = null,
    int maxOutputTokens = 4096) : IPlaybookPlanner
{
    public string Name => "llm";

    public async Task<PlanOutcome> PlanAsync(PlanningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var chosen = (candidates ?? PlanningCandidates.All)(request);
        var ids = chosen.Instruments.Concat(request.Instruments.Where(h => h.Position is not (null or 0m)).Select(h => h.Instrument.Id)).Distinct().ToList();
        var instruments = request.Instruments.Where(h => ids.Contains(h.Instrument.Id))
            .Select(h => new PromptInstrument(h.Instrument, h.Bars, h.BarLength, h.Position, h.AverageCost)).ToList();
        if (instruments.Count == 0) return await UseRulesAsync(request, "no candidates to ask the model about", [], cancellationToken).ConfigureAwait(false);

        var context = PromptContextBuilder.Build(request.Market, request.AsOf, instruments, riskLimits, memory: null, chosen.Notes);
        var prompt = composer.Build(PromptKind.Playbook, context, new PromptSettings { MaxScenarios = request.MaxScenariosPerInstrument, Date = request.Date });
        var notes = new List<string>(prompt.Truncations.Select(t => "prompt: " + t));
        if (prompt.OverBudget) notes.Add($"prompt: still over its budget of {prompt.Budget} tokens after every cut ({prompt.EstimatedTokens})");

        var answer = await router.CompleteAsync(LlmTask.Playbook,
            new ChatRequest(prompt.System, prompt.User, "playbook", ResponseSchemas.Playbook, maxOutputTokens), cancellationToken).ConfigureAwait(false);
        notes.AddRange(answer.Notes);
        if (!answer.Answered) return await UseRulesAsync(request, answer.NoAnswerReason!, notes, cancellationToken).ConfigureAwait(false);

        var source = $"{answer.Provider}/{answer.Model}{(answer.CacheHit ? " (cached)" : "")}";
        var parsed = PlaybookAnswerParser.Parse(answer.Text, request.Date, request.Market, ids, request.MaxScenariosPerInstrument);
        notes.AddRange(parsed.Notes.Select(n => "answer: " + n));
        notes.AddRange(parsed.Problems.Select(p => "answer: " + p));
        if (parsed.Playbook is not { } playbook)
            return PlanOutcome.Failed($"the playbook from {source} is unusable: {string.Join("; ", parsed.Problems)}", answer.Tokens, notes);
        notes.Insert(0, $"written by {source}");
        return PlanOutcome.Planned(playbook, answer.Tokens, notes);
    }

    private async Task<PlanOutcome> UseRulesAsync(PlanningRequest request, string why, List<string> notes, CancellationToken cancellationToken)
    {
        var outcome = await rules.PlanAsync(request, cancellationToken).ConfigureAwait(false);
        notes.Insert(0, $"no model playbook ({why}) → {rules.Name} planner");
        return outcome with { Notes = [.. notes, .. outcome.Notes ?? []] };
    }
}
