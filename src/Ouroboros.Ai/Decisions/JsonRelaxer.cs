using System.Text;
using System.Text.RegularExpressions;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// Second chance for an object System.Text.Json refused: rewrites the loose JSON models write into strict JSON.
/// Single-quoted strings become double-quoted, comments are dropped, and any bare token that is not a JSON number or
/// literal (unquoted keys, <c>BUY</c>, <c>85%</c>, <c>NaN</c>) becomes a string, which the field readers then judge on
/// meaning. Quoted text is copied unchanged, so nothing inside a rationale can become structure.
/// </summary>
internal static partial class JsonRelaxer
{
    private const string Structural = "{}[],:";

    public static string Relax(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'') i = CopyString(text, i, sb);
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/') i = SkipTo(text, i, "\n");
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*') i = SkipTo(text, i + 2, "*/");
            else if (Structural.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
            {
                sb.Append(c);
                i++;
            }
            else i = CopyBareToken(text, i, sb);
        }
        return sb.ToString();
    }

    private static int SkipTo(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    /// <summary>Copies a quoted string as a double-quoted JSON string and returns the index after it.</summary>
    private static int CopyString(string text, int start, StringBuilder sb)
    {
        var quote = text[start];
        sb.Append('"');
        var i = start + 1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote) return Close(sb, i + 1);
            if (c == '\\' && i + 1 < text.Length)
            {
                // \' is not a JSON escape; everything else is passed on for System.Text.Json to judge.
                if (text[i + 1] == '\'') sb.Append('\'');
                else sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '"') sb.Append("\\\"");
            else sb.Append(c);
        }
        return Close(sb, i);
    }

    private static int Close(StringBuilder sb, int next)
    {
        sb.Append('"');
        return next;
    }

    private static int CopyBareToken(string text, int start, StringBuilder sb)
    {
        var i = start;
        while (i < text.Length && !Structural.Contains(text[i], StringComparison.Ordinal) && text[i] is not ('"' or '\'')
               && !(text[i] == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*'))
            i++;
        // Raw control characters are not allowed inside JSON strings and carry no meaning in a bare token.
        var token = string.Concat(text[start..i].Trim().Where(c => c >= ' '));
        if (JsonScalar().IsMatch(token)) sb.Append(token);
        else sb.Append('"').Append(token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        // Keep the whitespace that followed the token so line comments still end at their newline.
        sb.Append(text.AsSpan(start, i - start)[text.AsSpan(start, i - start).TrimEnd().Length..]);
        return i;
    }

    [GeneratedRegex(@"^(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?|true|false|null)$")]
    private static partial Regex JsonScalar();
}
