using System.Text;

namespace Ouroboros.MarketData;

/// <summary>
/// A market-data file could not be used. Carries every problem found (up to <see cref="ProblemCollector.Cap"/>)
/// and the total count, so a caller can print one clear message instead of failing on the first bad row.
/// </summary>
public sealed class MarketDataException : Exception
{
    public MarketDataException(string path, IReadOnlyList<MarketDataProblem> problems, int totalProblems)
        : base(Format(path, problems, totalProblems))
    {
        Path = path;
        Problems = problems;
        TotalProblems = totalProblems;
    }

    public MarketDataException(string path, string problem)
        : this(path, [new MarketDataProblem(null, problem)], 1)
    {
    }

    public MarketDataException()
        : this("(unknown file)", "market data could not be read")
    {
    }

    public MarketDataException(string message)
        : this("(unknown file)", message)
    {
    }

    public MarketDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown file)";
        Problems = [new MarketDataProblem(null, message)];
        TotalProblems = 1;
    }

    /// <summary>The file the problems are in, as given by the caller.</summary>
    public string Path { get; }

    /// <summary>The problems listed (at most <see cref="ProblemCollector.Cap"/>).</summary>
    public IReadOnlyList<MarketDataProblem> Problems { get; }

    /// <summary>How many problems were found in all, including those not listed.</summary>
    public int TotalProblems { get; }

    private static string Format(string path, IReadOnlyList<MarketDataProblem> problems, int total)
    {
        var name = System.IO.Path.GetFileName(path);
        if (problems.Count == 1 && total == 1)
            return problems[0].Line is { } only ? $"{path}: line {only}: {problems[0].Message}" : $"{path}: {problems[0].Message}";
        var sb = new StringBuilder();
        sb.Append(path).Append(": ").Append(total).Append(" problems");
        foreach (var p in problems)
        {
            sb.AppendLine();
            sb.Append("  ").Append(name);
            if (p.Line is { } line) sb.Append(" line ").Append(line);
            sb.Append(": ").Append(p.Message);
        }
        if (total > problems.Count) sb.AppendLine().Append("  and ").Append(total - problems.Count).Append(" more");
        return sb.ToString();
    }
}
