using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// A temp folder with a few bundled KRX files cut to their last rows, a journal path inside it and the arguments
/// `run` needs to replay them: small enough that a whole session takes a moment.
/// </summary>
internal sealed class SmallReplay : IDisposable
{
    private static readonly string[] Files = ["krx-069500-daily.csv", "krx-229200-daily.csv", "krx-360750-daily.csv"];
    private readonly TempDirectory _tmp = new();

    public SmallReplay(int rows = 250)
    {
        Directory.CreateDirectory(DataDirectory);
        foreach (var file in Files)
        {
            var lines = System.IO.File.ReadAllLines(RepoPaths.Data("kr", file));
            System.IO.File.WriteAllLines(System.IO.Path.Combine(DataDirectory, file), [lines[0], .. lines.Skip(1).TakeLast(rows)]);
        }
    }

    public string DataDirectory => _tmp.File("kr");
    public string Journal => _tmp.File("journal.db");
    public string LogDirectory => _tmp.File("logs");

    /// <summary>The full path of another file in the folder.</summary>
    public string File(string name) => _tmp.File(name);

    /// <summary>`run` on this replay with this journal, plus <paramref name="more"/>.</summary>
    public string[] Run(params string[] more) => ["run", "--replay", DataDirectory, "--db", Journal, .. more];

    /// <summary>Any other command on this journal.</summary>
    public string[] On(params string[] command) => [.. command, "--db", Journal];

    /// <summary>The trading dates of the replay, oldest first.</summary>
    public IReadOnlyList<DateOnly> Dates() =>
        [.. System.IO.File.ReadAllLines(System.IO.Path.Combine(DataDirectory, Files[0])).Skip(1).Select(l => DateOnly.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture))];

    public void Dispose() => _tmp.Dispose();
}
