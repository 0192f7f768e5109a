using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>
/// The degraded mode: while the WebSocket is down, one subscribed instrument's REST price per <c>spacing</c>, round
/// robin. The spacing is a share of the client's limiter (every call still waits for its slot there), so polling never
/// provokes EGW00201 nor crowds out orders. A failed poll is logged and skipped: no price, no trade.
/// </summary>
internal sealed class KisFeedPoller(KisClient client, IKisFeedSink sink, TimeSpan spacing, TimeProvider time, ILogger logger)
{
    public TimeSpan Spacing => spacing;

    public async Task RunAsync(CancellationToken stop)
    {
        var next = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var targets = sink.Subscribed();
                if (targets.Count > 0)
                {
                    var (id, where) = targets[next++ % targets.Count];
                    await PollAsync(id, where, stop).ConfigureAwait(false);
                }
                await Task.Delay(spacing, time, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(Domain.Primitives.InstrumentId id, KisFeedInstrument where, CancellationToken stop)
    {
        decimal price = 0m;
        decimal? volume = null;
        BrokerError? error;
        if (where.Exchange.IsDomestic)
        {
            var quote = await client.Domestic.GetPriceAsync(where.Symbol, stop).ConfigureAwait(false);
            error = quote.Error;
            if (quote.Value is { } q) (price, volume) = (q.Price, q.Volume);
        }
        else
        {
            var quote = await client.Overseas.GetPriceAsync(where.Exchange, where.Symbol, stop).ConfigureAwait(false);
            error = quote.Error;
            if (quote.Value is { } q) (price, volume) = (q.Price, q.Volume);
        }
        if (error is not null)
        {
            logger.LogWarning("Polling the KIS price of {Instrument} failed: {Error}", id, error.Message);
            return;
        }
        // A price of zero is a host without a quote (before the first trade, a halted line), not a trade at zero.
        if (price > 0) sink.Polled(id, price, volume, time.GetUtcNow());
    }
}
