namespace Ouroboros.Bots.Telegram;

/// <summary>
/// Bot API URLs carry the token (/bot&lt;token&gt;/method), so every text that leaves the Telegram client for a log (an
/// exception's message, a description) goes through <see cref="Scrub"/> first, whatever the log pipeline masks later.
/// </summary>
public sealed class TokenScrubber(string token)
{
    public const string Mask = "***";

    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (token.Length == 0) return text;
        text = text.Replace(token, Mask, StringComparison.Ordinal);
        var escaped = Uri.EscapeDataString(token);
        return escaped == token ? text : text.Replace(escaped, Mask, StringComparison.Ordinal);
    }
}
