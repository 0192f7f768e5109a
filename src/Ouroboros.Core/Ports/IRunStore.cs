using Ouroboros.Core.Journal;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Ports;

/// <summary>Durable journal of runs. Implementations: SQLite (default), PostgreSQL.</summary>
public interface IRunStore
{
    Task SaveAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Null when no run has that id.</summary>
    Task<RunRecord?> GetAsync(RunId id, CancellationToken cancellationToken);

    /// <summary>Removes the run and everything stored with it, at once; false when no run has that id.</summary>
    Task<bool> DeleteAsync(RunId id, CancellationToken cancellationToken);
}
