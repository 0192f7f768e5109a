namespace Ouroboros.Indicators.Batch;

/// <summary>The per-bar output of an indicator over a whole series: one nullable value per bar and line.</summary>
public sealed class IndicatorSeries
{
    private readonly double?[][] _lines;

    internal IndicatorSeries(string name, IReadOnlyList<string> lineNames, double?[][] lines, int count)
    {
        Name = name;
        LineNames = lineNames;
        _lines = lines;
        Count = count;
    }

    public string Name { get; }

    public IReadOnlyList<string> LineNames { get; }

    /// <summary>Number of bars (entries per line).</summary>
    public int Count { get; }

    public IReadOnlyList<double?> Line(int line) => _lines[line];

    public IReadOnlyList<double?> Line(string lineName)
    {
        for (var i = 0; i < LineNames.Count; i++)
        {
            if (LineNames[i] == lineName) return _lines[i];
        }

        throw new ArgumentException($"{Name} has no line '{lineName}'; lines: {string.Join(", ", LineNames)}.", nameof(lineName));
    }
}
