using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Application.Runs;

/// <summary>
/// Removing stored runs: one by id, or a pruning rule. Only stored runs are touched; an agent's session (its journal,
/// running or not) is never part of a run and is never removed here.
/// </summary>
public sealed class RunHousekeeping(IJournal journal)
{
    public async Task DeleteAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        using var activity = ApplicationTelemetry.Start("runs.delete");
        var store = await journal.RunsAsync(cancellationToken).ConfigureAwait(false);
        if (!await store.DeleteAsync(new RunId(runId), cancellationToken).ConfigureAwait(false))
            throw new NotFoundException("id", $"no run '{runId}' in {journal.Name}");
    }

    /// <summary>
    /// The runs a rule selects, newest first: all but the <paramref name="keep"/> newest, or those created before
    /// <paramref name="before"/> (both: either). Deleted only when <paramref name="delete"/> is set.
    /// </summary>
    public async Task<IReadOnlyList<RunSummary>> PruneAsync(int? keep, DateTimeOffset? before, bool delete, CancellationToken cancellationToken = default)
    {
        if (keep is null && before is null)
            throw new InvalidInputException("keep", "say which runs to prune: «keep» N keeps the N newest, «before» DATE removes older runs");
        if (keep is < 0) throw new InvalidInputException("keep", "«keep» must be zero or more");
        using var activity = ApplicationTelemetry.Start("runs.prune");
        var store = await journal.RunsAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.ListAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        var selected = all.Where((run, index) => (keep is { } k && index >= k) || (before is { } b && run.CreatedAt < b)).ToList();
        if (delete)
        {
            foreach (var run in selected) await store.DeleteAsync(run.Id, cancellationToken).ConfigureAwait(false);
        }
        return selected;
    }
}
