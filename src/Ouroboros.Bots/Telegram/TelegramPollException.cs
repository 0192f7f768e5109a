namespace Ouroboros.Bots.Telegram;

/// <summary>A getUpdates call failed: the API's code and (scrubbed) description, or no code for a transport failure.</summary>
public sealed class TelegramPollException : Exception
{
    public TelegramPollException()
    {
    }

    public TelegramPollException(string message)
        : base(message)
    {
    }

    public TelegramPollException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public TelegramPollException(int? errorCode, string description, TimeSpan? retryAfter)
        : base(description)
    {
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public int? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }
}
