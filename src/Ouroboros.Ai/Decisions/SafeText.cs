using System.Globalization;
using System.Text;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// Makes model text safe to log, print and serialise: line breaks and tabs become spaces, other control and format
/// characters (bidi overrides, zero-width joiners) and unpaired surrogates are dropped, runs of spaces collapse, and the
/// result is capped without splitting a surrogate pair.
/// </summary>
internal static class SafeText
{
    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var lastWasSpace = true;
        for (var i = 0; i < text.Length && sb.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (sb.Length + 2 > maxLength) break;
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                    lastWasSpace = false;
                }
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                continue;
            sb.Append(c);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>A short quotable excerpt of a model value for a reason message.</summary>
    public static string Quote(string? text) => $"'{Clean(text, 40)}'";
}
