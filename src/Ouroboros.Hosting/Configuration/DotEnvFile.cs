using System.Text.RegularExpressions;

namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// Reads a .env file. Every line must be KEY=value (optionally after `export`), a comment or blank; a line that is not
/// is reported by its number, without its text (it may hold a secret), instead of the parser's exception.
/// </summary>
internal static partial class DotEnvFile
{
    /// <summary>The file's pairs, or null when it has problems (added to <paramref name="problems"/>).</summary>
    public static List<KeyValuePair<string, string?>>? Read(string path, List<string> problems)
    {
        var lines = File.ReadAllLines(path);
        var bad = new List<int>();
        var quote = (char?)null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (quote is { } q)
            {
                // Inside a quoted value that spans lines: it ends at the next unescaped closing quote.
                if (ClosesQuote(line, q)) quote = null;
                continue;
            }
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var pair = Pair().Match(trimmed);
            if (!pair.Success)
            {
                bad.Add(i + 1);
                continue;
            }
            var value = pair.Groups["value"].Value.TrimStart();
            if (value.Length > 0 && value[0] is '"' or '\'' && !ClosesQuote(value[1..], value[0])) quote = value[0];
        }
        if (quote is not null) problems.Add($".env file '{path}': a quoted value is never closed; end it with {quote}");
        if (bad.Count > 0)
            problems.Add($".env file '{path}': line{(bad.Count > 1 ? "s" : "")} {string.Join(", ", bad)} {(bad.Count > 1 ? "are" : "is")} not KEY=value; "
                + "write e.g. OUROBOROS_BACKTEST__CASH=250000, or start the line with # to keep it as a comment");
        if (quote is not null || bad.Count > 0) return null;
        try
        {
            return DotNetEnv.Env.Load(path, DotNetEnv.Env.NoEnvVars()).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        }
        catch (Sprache.ParseException e)
        {
            // What the line check above does not catch (an escape the parser refuses, say): still a line number, no stack.
            problems.Add($".env file '{path}': line {e.Position?.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} could not be read; write it as KEY=value");
            return null;
        }
    }

    private static bool ClosesQuote(string text, char quote)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == quote) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(export\s+)?[A-Za-z_][A-Za-z0-9_.\-]*\s*=(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pair();
}
