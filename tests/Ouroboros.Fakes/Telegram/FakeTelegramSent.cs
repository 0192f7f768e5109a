namespace Ouroboros.Fakes.Telegram;

/// <summary>A message the fake accepted: its id, chat, text as sent (still escaped), parse mode, silence and buttons' callback data.</summary>
public sealed record FakeTelegramSent(int MessageId, long ChatId, string Text, string? ParseMode, bool Silent, IReadOnlyList<string> CallbackData, DateTimeOffset At);

/// <summary>An answerCallbackQuery or editMessageText the fake accepted.</summary>
public sealed record FakeTelegramAnswer(string Method, string? CallbackQueryId, long? ChatId, int? MessageId, string? Text);
