namespace Ouroboros.Bots.Telegram;

/// <summary>
/// Control commands waiting for their button, by token. A token is good once, only for the chat that asked, and only
/// until it expires: an expired or unknown token does nothing.
/// </summary>
public sealed class PendingControls(TimeProvider time, TimeSpan lifetime)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private long _next;

    public string Add(long chatId, ControlAction action)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            foreach (var stale in _pending.Where(p => p.Value.Expires <= now).Select(p => p.Key).ToList()) _pending.Remove(stale);
            var token = (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _pending[token] = new Pending(chatId, action, now + lifetime);
            return token;
        }
    }

    /// <summary>The action if <paramref name="token"/> is pending for <paramref name="chatId"/> and not expired; it is removed either way.</summary>
    public ControlAction? Take(string token, long chatId)
    {
        lock (_gate)
        {
            if (!_pending.Remove(token, out var pending)) return null;
            return pending.ChatId == chatId && time.GetUtcNow() < pending.Expires ? pending.Action : null;
        }
    }

    private sealed record Pending(long ChatId, ControlAction Action, DateTimeOffset Expires);
}
