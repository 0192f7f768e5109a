namespace Ouroboros.Bots.Telegram;

/// <summary>
/// What the Telegram outbox has done: messages queued, sent, failed (refused, or unreachable after the retries),
/// 429 answers waited out, and messages dropped because a chat's queue was full.
/// </summary>
public sealed record TelegramCounters(long Queued, long Sent, long Failed, long RateLimited, long Dropped)
{
    public long Pending => Queued - Sent - Failed - Dropped;
}
