using System.Text;

namespace Ouroboros.Indicators.Specs;

/// <summary>A known indicator: its spec name, parameters with defaults, the lines it produces and how to build it.</summary>
public sealed class IndicatorDefinition
{
    private readonly Func<double[], IIndicator> _factory;
    private readonly Func<double[], string?>? _constraint;

    internal IndicatorDefinition(
        string name,
        string summary,
        string lines,
        IndicatorParameter[] parameters,
        Func<double[], IIndicator> factory,
        Func<double[], string?>? constraint = null)
    {
        Name = name;
        Summary = summary;
        LinesHelp = lines;
        Parameters = Array.AsReadOnly(parameters);
        _factory = factory;
        _constraint = constraint;
        Usage = BuildUsage(name, parameters);
    }

    /// <summary>The spec name, e.g. <c>bb</c>.</summary>
    public string Name { get; }

    public string Summary { get; }

    /// <summary>Line names for help text, e.g. <c>upper|middle|lower</c>.</summary>
    public string LinesHelp { get; }

    public IReadOnlyList<IndicatorParameter> Parameters { get; }

    /// <summary>The parameter shape with defaults, e.g. <c>bb[:period=20,k=2]</c>.</summary>
    public string Usage { get; }

    /// <summary>A one-line description: usage, summary and lines.</summary>
    public string Help => $"{Usage} — {Summary}; lines: {LinesHelp}";

    internal string? CheckConstraint(double[] arguments) => _constraint?.Invoke(arguments);

    internal IIndicator Create(double[] arguments) => _factory(arguments);

    private static string BuildUsage(string name, IndicatorParameter[] parameters)
    {
        if (parameters.Length == 0) return name;
        var usage = new StringBuilder(name).Append("[:");
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i > 0) usage.Append(',');
            usage.Append(parameters[i].Name).Append('=').Append(SpecText.Number(parameters[i].Default));
        }

        return usage.Append(']').ToString();
    }
}
