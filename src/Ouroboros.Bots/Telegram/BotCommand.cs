namespace Ouroboros.Bots.Telegram;

/// <summary>A command as typed in a chat: "/halt@ouroboros_bot KR" is name "halt", argument "KR".</summary>
public sealed record BotCommand(string Name, string? Argument)
{
    /// <summary>Null when the text is not a command.</summary>
    public static BotCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (text[0] != '/' || text.Length == 1) return null;
        var space = text.IndexOfAny([' ', '\n']);
        var head = space < 0 ? text[1..] : text[1..space];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) head = head[..at];
        var argument = space < 0 ? null : text[(space + 1)..].Trim();
        return new BotCommand(head.ToLowerInvariant(), string.IsNullOrEmpty(argument) ? null : argument);
    }
}
