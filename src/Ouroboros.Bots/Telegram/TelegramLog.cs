using Microsoft.Extensions.Logging;

namespace Ouroboros.Bots.Telegram;

/// <summary>The Telegram channel's log lines. Message texts are never logged (they may quote what an operator typed), and every description is scrubbed of the token first.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Telegram asked to wait {Seconds} s before the next message to chat {ChatId} (429); the message stays queued")]
    public static partial void RateLimited(ILogger logger, long chatId, double seconds);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error, Message = "Telegram refused a message to chat {ChatId} ({ErrorCode}: {Description}); it is dropped and counted as failed")]
    public static partial void SendFailed(ILogger logger, long chatId, string errorCode, string description);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Telegram could not be reached to send to chat {ChatId} ({Description}); attempt {Attempt} of {Attempts}")]
    public static partial void SendUnreachable(ILogger logger, long chatId, string description, int attempt, int attempts);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Telegram outbox for chat {ChatId} is full ({Capacity}); dropped the oldest message ({Dropped} dropped so far)")]
    public static partial void Dropped(ILogger logger, long chatId, int capacity, long dropped);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "Ignored a Telegram update from chat {ChatId}, which is not in Telegram:ChatIds")]
    public static partial void Unauthorised(ILogger logger, long chatId);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Warning, Message = "Telegram getUpdates failed ({ErrorCode}: {Description}); polling again in {Seconds} s")]
    public static partial void PollFailed(ILogger logger, string errorCode, string description, double seconds);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Information, Message = "Telegram command {Command} from chat {ChatId}")]
    public static partial void Command(ILogger logger, string command, long chatId);

    [LoggerMessage(EventId = 9008, Level = LogLevel.Warning, Message = "Telegram control {Action} confirmed by chat {ChatId}: {Outcome}")]
    public static partial void Control(ILogger logger, string action, long chatId, string outcome);

    [LoggerMessage(EventId = 9009, Level = LogLevel.Error, Message = "Telegram command {Command} failed")]
    public static partial void CommandFailed(ILogger logger, string command, Exception exception);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Error, Message = "Telegram update {UpdateId} could not be handled; polling goes on")]
    public static partial void UpdateFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Information, Message = "Telegram channel started: alerts to {Chats} chat(s), commands {Commands}")]
    public static partial void Started(ILogger logger, int chats, string commands);
}
