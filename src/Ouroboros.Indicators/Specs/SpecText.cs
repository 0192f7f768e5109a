using System.Globalization;
using System.Text;

namespace Ouroboros.Indicators.Specs;

/// <summary>The canonical text of a spec: lower-case name, then ':' and the parameters in shortest round-trip form.</summary>
internal static class SpecText
{
    public static string Format(string name, IReadOnlyList<double> parameters)
    {
        if (parameters.Count == 0) return name;
        var text = new StringBuilder(name).Append(':');
        for (var i = 0; i < parameters.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Number(parameters[i]));
        }

        return text.ToString();
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
