using Ouroboros.TestKit;

namespace Ouroboros.Web.Tests;

/// <summary>
/// One journal written by the real CLI, as an operator's would be: a stored backtest of the bundled KRX ETF and a
/// finished paper agent session replaying the last rows of three KRX files (orders, fills, checkpoints, playbooks).
/// Built once for every test of the collection; the tests only read it, except the control tests, which put every
/// state back.
/// </summary>
public sealed class JournalFixture : IAsyncLifetime
{
    private static readonly string[] ReplayFiles = ["krx-069500-daily.csv", "krx-229200-daily.csv", "krx-360750-daily.csv"];
    private readonly TempDirectory _tmp = new(Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools);

    public string Journal => _tmp.File("journal.db");
    public string RunId { get; private set; } = "";
    public TempDirectory Temp => _tmp;

    public async Task InitializeAsync()
    {
        var backtest = await CliRunner.RunAsync(["backtest", "--strategy", "sma-cross", "--data", "data/kr/krx-069500-daily.csv", "--venue", "krx", "--db", Journal, "--json"]);
        backtest.ExitCode.ShouldBe(0, backtest.Stderr);
        using (var doc = System.Text.Json.JsonDocument.Parse(backtest.Stdout))
            RunId = doc.RootElement.GetProperty("run_id").GetString()!;

        var replay = Directory.CreateDirectory(_tmp.File("kr")).FullName;
        foreach (var file in ReplayFiles)
        {
            var lines = File.ReadAllLines(RepoPaths.Data("kr", file));
            File.WriteAllLines(Path.Combine(replay, file), [lines[0], .. lines.Skip(1).TakeLast(120)]);
        }
        var agent = await CliRunner.RunAsync(["run", "--replay", replay, "--db", Journal, "--json"]);
        agent.ExitCode.ShouldBe(0, agent.Stderr);
    }

    public Task DisposeAsync()
    {
        _tmp.Dispose();
        return Task.CompletedTask;
    }
}

