namespace Ouroboros.Ai.Decisions;

/// <summary>
/// Finds the top-level <c>{...}</c> spans in a model's answer, in order. Prose around them (markdown fences, apostrophes)
/// is ignored; inside a span, quoted strings of either kind are skipped so braces in a rationale never end or start an
/// object. The next span is searched only after the previous one ends, so an object embedded in another object's text
/// is never a candidate of its own. An unterminated span runs to the end of the text.
/// </summary>
internal static class JsonObjectScanner
{
    public static IEnumerable<string> TopLevelObjects(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf('{', i);
            if (start < 0) yield break;
            var end = EndOf(text, start);
            yield return text[start..end];
            i = end;
        }
    }

    /// <summary>The index just past the brace that closes the one at <paramref name="start"/>, or the text's end.</summary>
    private static int EndOf(string text, int start)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0) return i + 1;
                    break;
            }
        }
        return text.Length;
    }
}
