namespace Ouroboros.Bots.Telegram;

/// <summary>How a Bot API call ended: done, told to wait (429 with retry_after), or failed with the API's description.</summary>
public sealed record TelegramCallResult(bool Ok, TimeSpan? RetryAfter, int? ErrorCode, string? Description)
{
    public static TelegramCallResult Done { get; } = new(true, null, null, null);

    public bool IsRateLimited => RetryAfter is not null;

    /// <summary>A transport failure (no answer from the API): worth trying again later.</summary>
    public bool IsTransient => !Ok && ErrorCode is null;
}
