using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Application.Runs;

/// <summary>The stored runs: the newest first, or one run in full.</summary>
public sealed class RunQueries(IJournal journal)
{
    public async Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0) throw new InvalidInputException("limit", "«limit» must be a positive number");
        using var activity = ApplicationTelemetry.Start("runs.list");
        var store = await journal.RunsAsync(cancellationToken).ConfigureAwait(false);
        return await store.ListAsync(limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RunRecord> ShowAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        using var activity = ApplicationTelemetry.Start("runs.show");
        var store = await journal.RunsAsync(cancellationToken).ConfigureAwait(false);
        return await store.GetAsync(new RunId(runId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("id", $"no run '{runId}' in {journal.Name}");
    }
}
