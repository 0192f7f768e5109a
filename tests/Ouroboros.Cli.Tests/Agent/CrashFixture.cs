using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// The harness's market: the last <see cref="Rows"/> daily bars of three bundled KRX ETFs, and the journal of a reference
/// run of it that nobody killed (what every crashed and restarted session must end up with). The operator reference (a
/// session that was stopped once and got the kill switch while down) is made on first use.
/// </summary>
public sealed class CrashFixture : IAsyncLifetime
{
    /// <summary>Bars per instrument: enough for ~25 orders (with a denial) and ~600 daily jobs, small enough for ~50 runs in the time budget.</summary>
    public const int Rows = 150;

    private static readonly string[] Instruments = ["069500", "229200", "360750"];
    private readonly TempDirectory _dir = new(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);
    private Lazy<Task<JournalSnapshot>>? _operatorReference;

    public string Replay => Path.Combine(_dir.Path, "replay");

    public JournalSnapshot Reference { get; private set; } = null!;

    public ReferenceCounts Counts { get; private set; } = null!;

    /// <summary>The reference run's summary.</summary>
    public RunSummary ReferenceSummary { get; private set; } = null!;

    /// <summary>Stopped after <see cref="ReferenceCounts.SliceWithWorkingOrder"/> slices, killed by the operator while down, then run to the end.</summary>
    public Task<JournalSnapshot> OperatorReference => _operatorReference!.Value;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Replay);
        foreach (var id in Instruments)
        {
            var lines = await File.ReadAllLinesAsync(RepoPaths.Data("kr", $"krx-{id}-daily.csv"));
            await File.WriteAllLinesAsync(Path.Combine(Replay, $"krx-{id}-daily.csv"), [lines[0], .. lines[^Rows..]]);
        }
        var db = NewDatabase("reference");
        ReferenceSummary = CrashCli.Summary(await CrashCli.RunAsync(Replay, db));
        Reference = JournalSnapshot.Read(db);
        Counts = ReferenceCounts.Of(Reference);
        _operatorReference = new(() => Task.Run(OperatorReferenceAsync));
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A fresh journal file path (nothing is created).</summary>
    public string NewDatabase(string name) => _dir.File($"{name}-{Guid.NewGuid():N}.db");

    /// <summary>The crash that leaves an order working before the kill switch (and before the operator crash points).</summary>
    public string StopBeforeOperator => $"slice.after-checkpoint#{Counts.SliceWithWorkingOrder}";

    private async Task<JournalSnapshot> OperatorReferenceAsync()
    {
        var db = NewDatabase("operator-reference");
        var stopped = await CrashCli.RunAsync(Replay, db, StopBeforeOperator);
        if (!CrashCli.WasKilled(stopped)) throw new InvalidOperationException($"the operator reference was not stopped: {stopped.ExitCode} {stopped.Stderr}");
        if ((await CrashCli.KillSwitchAsync(db)).ExitCode != 0) throw new InvalidOperationException("risk kill failed");
        CrashCli.Summary(await CrashCli.RunAsync(Replay, db));
        return JournalSnapshot.Read(db);
    }
}
