using Ouroboros.Core.Planning;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Planning;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Strategies.Playbooks;

/// <summary>
/// Turns a planning request into the day's playbook and never fails to produce one: it asks the planner (bounded by
/// <see cref="PlaybookDeskOptions.PlanningTimeout"/>), validates the answer against the universe and the scenario
/// language, and on a timeout, a failure or an invalid playbook stands in the previous day's validated playbook, or a
/// defensive one when there is none. The day's outcome is stored when a store is given; a rejected answer's problems
/// are kept with the fallback that replaced it.
/// </summary>
public sealed class PlaybookDesk(IPlaybookPlanner planner, IPlaybookStore? store, TimeProvider clock, PlaybookDeskOptions? options = null)
{
    private readonly PlaybookDeskOptions _options = options ?? PlaybookDeskOptions.Default;
    private readonly Dictionary<string, Playbook> _lastValidated = new(StringComparer.Ordinal);

    public IPlaybookPlanner Planner => planner;

    public PlaybookDeskOptions Options => _options;

    public async Task<DayPlan> PrepareAsync(PlanningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (outcome, problem) = await AskPlannerAsync(request, cancellationToken).ConfigureAwait(false);
        var notes = outcome?.Notes ?? [];
        if (outcome?.Playbook is { } proposed && problem is null)
        {
            problem = Check(proposed, request);
            if (problem is null)
            {
                _lastValidated[request.Market] = proposed;
                var plan = new DayPlan(proposed, DayPlan.Validated, null, outcome.Tokens, notes);
                await SaveAsync(plan, request, cancellationToken).ConfigureAwait(false);
                return plan;
            }
        }

        var previous = await PreviousValidatedAsync(request, cancellationToken).ConfigureAwait(false);
        var standIn = previous is not null
            ? PreviousDayPlaybook.From(previous, request.Date)
            : DefensivePlaybook.Create(request.Date, request.Market, request.Instruments.Where(h => h.Position is not (null or 0m)));
        var fallback = new DayPlan(standIn, DayPlan.Fallback, problem, outcome?.Tokens, notes);
        await SaveAsync(fallback, request, cancellationToken).ConfigureAwait(false);
        return fallback;
    }

    /// <summary>Records how many scenarios matched on a day (no-op without a store).</summary>
    public Task RecordMatchesAsync(string market, DateOnly date, int matches, CancellationToken cancellationToken) =>
        store?.SetMatchCountAsync(market, date, matches, cancellationToken) ?? Task.CompletedTask;

    private async Task<(PlanOutcome? Outcome, string? Problem)> AskPlannerAsync(PlanningRequest request, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_options.PlanningTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var outcome = await planner.PlanAsync(request, linked.Token).ConfigureAwait(false);
            return (outcome, outcome.Playbook is null ? outcome.Problem ?? "the planner returned no playbook" : null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"planning timed out after {_options.PlanningTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Null when the playbook may be traded, else every problem in one sentence.</summary>
    private string? Check(Playbook playbook, PlanningRequest request)
    {
        var problems = new List<string>();
        if (playbook.Date != request.Date) problems.Add($"it is dated {playbook.Date:yyyy-MM-dd}, not {request.Date:yyyy-MM-dd}");
        if (!string.Equals(playbook.Market, request.Market, StringComparison.OrdinalIgnoreCase))
            problems.Add($"it is for market {playbook.Market}, not {request.Market}");
        var universe = request.Instruments.Select(h => h.Instrument.Id).ToHashSet();
        foreach (var s in playbook.Scenarios.Where(s => !universe.Contains(s.Instrument)))
            problems.Add($"scenario {s.Id}: {s.Instrument} is not in the universe");
        problems.AddRange(PlaybookValidator.Validate(playbook.Scenarios, _options.MaxScenariosPerInstrument, out _).Select(e => e.ToString()));
        return problems.Count == 0 ? null : "invalid playbook: " + string.Join("; ", problems);
    }

    private async Task<Playbook?> PreviousValidatedAsync(PlanningRequest request, CancellationToken cancellationToken)
    {
        if (store is not null)
        {
            var record = await store.LatestBeforeAsync(request.Market, request.Date, DayPlan.Validated, cancellationToken).ConfigureAwait(false);
            if (record is not null) return PlaybookJson.Read(record.Json);
        }
        return _lastValidated.TryGetValue(request.Market, out var last) && last.Date < request.Date ? last : null;
    }

    private Task SaveAsync(DayPlan plan, PlanningRequest request, CancellationToken cancellationToken) =>
        store?.SaveAsync(
            new PlaybookRecord(
                request.Date, request.Market, plan.Status, plan.Playbook.OriginLabel, PlaybookJson.Write(plan.Playbook),
                plan.Tokens, plan.Playbook.Scenarios.Count, 0, clock.GetUtcNow(), plan.Problem),
            cancellationToken) ?? Task.CompletedTask;
}
