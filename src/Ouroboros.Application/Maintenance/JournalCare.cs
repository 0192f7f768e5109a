using System.Globalization;
using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Maintenance;

/// <summary>Checking, compacting and copying the journal file; each works on a journal the stores refuse as damaged.</summary>
public sealed class JournalCare(IJournal journal, TimeProvider clock)
{
    public Task<JournalCheck> CheckAsync(CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("db.check");
        return journal.Maintenance().CheckAsync(cancellationToken);
    }

    public Task<JournalVacuum> VacuumAsync(CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("db.vacuum");
        return journal.Maintenance().VacuumAsync(cancellationToken);
    }

    /// <summary>Copies the journal to <paramref name="destination"/>, or when none is named next to it, stamped with the time.</summary>
    public Task<JournalBackup> BackupAsync(string? destination, CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("db.backup");
        var maintenance = journal.Maintenance();
        return maintenance.BackupAsync(destination ?? DefaultBackup(maintenance.Path), cancellationToken);
    }

    private string DefaultBackup(string path)
    {
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? ".",
            $"{System.IO.Path.GetFileNameWithoutExtension(path)}.backup-{stamp}{System.IO.Path.GetExtension(path)}");
    }
}
