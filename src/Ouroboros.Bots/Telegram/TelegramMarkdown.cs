using System.Text;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// MarkdownV2 escaping (external-apis.md §3.2): outside entities every one of _ * [ ] ( ) ~ ` &gt; # + - = | { } . !
/// and the backslash itself gets a backslash; inside code only ` and \ do. Every text that did not come from this
/// code (instrument names, reasons, model rationales) goes through <see cref="Escape"/>.
/// </summary>
public static class TelegramMarkdown
{
    private const string Special = "_*[]()~`>#+-=|{}.!\\";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal)) b.Append('\\');
            b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>Bold text, its content escaped.</summary>
    public static string Bold(string? text) => "*" + Escape(text) + "*";

    /// <summary>Inline code, escaped as code needs.</summary>
    public static string Code(string? text) =>
        "`" + (text ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`";
}
