using Telegram.Bot.Types.ReplyMarkups;

namespace Ouroboros.Bots.Telegram;

/// <summary>One message waiting to be sent: MarkdownV2 text (already escaped), silent or not, with buttons or not.</summary>
public sealed record OutgoingMessage(long ChatId, string Text, bool Silent = false, InlineKeyboardMarkup? Buttons = null);
