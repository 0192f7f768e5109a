using System.Text;

namespace Ouroboros.Risk.Engine;

/// <summary>Writes risk figures as a flat JSON object of strings (small, no serializer needed on the hot path).</summary>
public static class FiguresJson
{
    public static string Write(IReadOnlyList<RiskFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0) return "{}";
        var sb = new StringBuilder("{");
        for (var i = 0; i < figures.Count; i++)
        {
            if (i > 0) sb.Append(',');
            Quote(sb, figures[i].Name);
            sb.Append(':');
            Quote(sb, figures[i].Value);
        }
        return sb.Append('}').ToString();
    }

    private static void Quote(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
