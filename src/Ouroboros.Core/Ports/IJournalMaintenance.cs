namespace Ouroboros.Core.Ports;

/// <summary>
/// Care of the journal file itself, which works on a damaged journal too (the stores refuse one at open): a full
/// consistency check, compaction and a consistent copy taken while an agent may be writing.
/// </summary>
public interface IJournalMaintenance
{
    /// <summary>Where the journal is (absolute).</summary>
    string Path { get; }

    /// <summary>The full check: every problem found (bounded in number), none when the journal is sound.</summary>
    Task<JournalCheck> CheckAsync(CancellationToken cancellationToken);

    /// <summary>Rewrites the journal compactly; refused when it is damaged.</summary>
    Task<JournalVacuum> VacuumAsync(CancellationToken cancellationToken);

    /// <summary>A consistent copy at <paramref name="destination"/> (a new file), taken page by page while others may write.</summary>
    Task<JournalBackup> BackupAsync(string destination, CancellationToken cancellationToken);
}
