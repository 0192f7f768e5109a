using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Maintenance;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// `ouroboros db check|vacuum|backup`: care of the journal file. These work on a journal the other commands refuse as
/// damaged, so a user can see what is wrong and save what can be read.
/// </summary>
public static class DbCommand
{
    /// <summary>Exit code of `db check` on a damaged journal: the check ran, the answer is "damaged".</summary>
    public const int ExitDamaged = 3;

    public static Command Create(GlobalOptions globals, CliIo io) =>
        new("db", "Check, compact or back up the journal file.") { Check(globals, io), Vacuum(globals, io), Backup(globals, io) };

    private static Command Check(GlobalOptions globals, CliIo io)
    {
        var command = globals.WithJournal(new Command("check", $"Run SQLite's full integrity check on the journal and list what it finds (exit {ExitDamaged} when damaged)."));
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var check = await services.GetRequiredService<JournalCare>().CheckAsync(ct).ConfigureAwait(false);
            if (check.Sound)
            {
                await io.Out.WriteLineAsync($"The journal at {check.Path} is sound ({Size(check.Bytes)}).").ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            await io.Out.WriteLineAsync($"The journal at {check.Path} is damaged: {check.Problems.Count} problem(s) found{(check.Problems.Count >= 100 ? " (the check stops at 100)" : "")}.").ConfigureAwait(false);
            foreach (var problem in check.Problems) await io.Out.WriteLineAsync($"  {problem}").ConfigureAwait(false);
            await io.Out.WriteLineAsync("Next: `ouroboros db backup --to FILE` saves what can be read; then move the damaged file away to start fresh.").ConfigureAwait(false);
            return ExitDamaged;
        });
        return command;
    }

    private static Command Vacuum(GlobalOptions globals, CliIo io)
    {
        var command = globals.WithJournal(new Command("vacuum", "Compact the journal file (rewrites it; other writers wait until it is done)."));
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var vacuum = await services.GetRequiredService<JournalCare>().VacuumAsync(ct).ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Compacted {vacuum.Path}: {Size(vacuum.BytesBefore)} → {Size(vacuum.BytesAfter)}.").ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static Command Backup(GlobalOptions globals, CliIo io)
    {
        var to = new Option<string?>("--to") { Description = "File to write the copy to (must not exist; default: next to the journal, named with the time)" };
        var command = globals.WithJournal(new Command("backup", "Copy the journal consistently, even while an agent is writing to it.") { to });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var backup = await services.GetRequiredService<JournalCare>().BackupAsync(parse.GetValue(to), ct).ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Copied {backup.Source} to {backup.Destination} ({Size(backup.Bytes)}).").ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024d).ToString("0.0 'KB'", CultureInfo.InvariantCulture),
        _ => (bytes / (1024d * 1024d)).ToString("0.0 'MB'", CultureInfo.InvariantCulture),
    };
}
