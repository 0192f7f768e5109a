namespace Ouroboros.Fakes.Telegram;

/// <summary>
/// The MarkdownV2 check of the fake (external-apis.md §3.2): outside entities every reserved character must be
/// escaped; * _ __ ~ || open and close entities, ` and ``` hold code (where only ` and \ are escaped). Links are not
/// supported here (Ouroboros sends none), so an unescaped [ is refused as reserved. Null: the text parses.
/// </summary>
public static class FakeTelegramMarkdownV2
{
    private const string Reserved = "_*[]()~`>#+-=|{}.!";

    public static string? Problem(string text)
    {
        var open = new Stack<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length) return "Can't parse entities: character '\\' at the end of the text";
                if (text[i + 1] > 126) return $"Can't parse entities: character {text[i + 1]} can't be escaped";
                i++;
                continue;
            }
            if (c == '`')
            {
                var fence = i + 2 < text.Length && text[i + 1] == '`' && text[i + 2] == '`' ? "```" : "`";
                var end = CodeEnd(text, i + fence.Length, fence);
                if (end < 0) return $"Can't parse entities: can't find end of code entity at byte offset {i}";
                i = end + fence.Length - 1;
                continue;
            }
            string? marker = c switch
            {
                '*' => "*",
                '~' => "~",
                '_' => i + 1 < text.Length && text[i + 1] == '_' ? "__" : "_",
                '|' when i + 1 < text.Length && text[i + 1] == '|' => "||",
                _ => null,
            };
            if (marker is not null)
            {
                if (open.Count > 0 && open.Peek() == marker) open.Pop();
                else open.Push(marker);
                i += marker.Length - 1;
                continue;
            }
            if (Reserved.Contains(c, StringComparison.Ordinal))
                return $"Can't parse entities: character '{c}' is reserved and must be escaped with the preceding '\\'";
        }
        return open.Count > 0 ? $"Can't parse entities: can't find end of the entity starting with '{open.Peek()}'" : null;
    }

    private static int CodeEnd(string text, int from, string fence)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (string.CompareOrdinal(text, i, fence, 0, fence.Length) == 0) return i;
        }
        return -1;
    }
}
