using Microsoft.Extensions.Logging;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// Long polling (external-apis.md §3.3): getUpdates from the last update id + 1, each update handled in order, a pause
/// of <see cref="TelegramOptions.PollingInterval"/> between polls; a failed poll backs off (doubling up to a minute, or
/// the 429's retry_after) and never stops the agent. Needs no public URL.
/// </summary>
public sealed class TelegramPoller(TelegramApi api, TelegramUpdateHandler handler, TelegramOptions options, TimeProvider time, ILogger<TelegramPoller> logger)
{
    private int _offset;
    private long _failures;

    public long Failures => Interlocked.Read(ref _failures);

    public async Task RunAsync(CancellationToken stop)
    {
        var backoff = options.PollingInterval;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var updates = await api.GetUpdatesAsync(_offset, options.LongPollSeconds, stop).ConfigureAwait(false);
                foreach (var update in updates.OrderBy(u => u.Id))
                {
                    // Confirm first: an update that makes the handler throw must not come back forever.
                    _offset = update.Id + 1;
                    try
                    {
                        await handler.HandleAsync(update, stop).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // One update that breaks its handler must not end the commands for everyone.
                        Interlocked.Increment(ref _failures);
                        TelegramLog.UpdateFailed(logger, update.Id, e);
                    }
                }
                backoff = options.PollingInterval;
                await PauseAsync(options.PollingInterval, stop).ConfigureAwait(false);
            }
            catch (TelegramPollException e)
            {
                Interlocked.Increment(ref _failures);
                var wait = e.RetryAfter ?? backoff;
                TelegramLog.PollFailed(logger, e.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer", e.Message, wait.TotalSeconds);
                await PauseAsync(wait, stop).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Math.Max(backoff.Ticks, TimeSpan.FromSeconds(1).Ticks) * 2));
            }
        }
    }

    private Task PauseAsync(TimeSpan wait, CancellationToken stop) => wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, stop);
}
