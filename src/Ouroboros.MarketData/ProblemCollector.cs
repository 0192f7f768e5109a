namespace Ouroboros.MarketData;

/// <summary>Collects the problems of one file: keeps the first <see cref="Cap"/>, counts all of them.</summary>
public sealed class ProblemCollector(string path)
{
    /// <summary>How many problems are kept for the message; the rest are only counted ("and N more").</summary>
    public const int Cap = 20;

    private readonly List<MarketDataProblem> _problems = [];

    public string Path { get; } = path;
    public int Total { get; private set; }
    public bool Any => Total > 0;
    public IReadOnlyList<MarketDataProblem> Problems => _problems;

    public void Add(int? line, string message)
    {
        Total++;
        if (_problems.Count < Cap) _problems.Add(new MarketDataProblem(line, message));
    }

    /// <summary>Adds a file-level explanation in front of the listed problems (it counts as one more problem).</summary>
    public void AddSummary(string message)
    {
        Total++;
        _problems.Insert(0, new MarketDataProblem(null, message));
        if (_problems.Count > Cap) _problems.RemoveAt(_problems.Count - 1);
    }

    public void ThrowIfAny()
    {
        if (Total > 0) throw new MarketDataException(Path, _problems.ToArray(), Total);
    }
}
