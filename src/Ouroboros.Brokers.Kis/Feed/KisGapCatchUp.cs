using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>
/// After a <see cref="KisStreamGap"/>: today's domestic minute bars (inquire-time-itemchartprice) of the minutes the
/// connection was down, each sent as a closed 1-minute bar unless the feed already emitted trades of that minute
/// (streamed before the drop, polled during it, or streamed after it), the minute has not ended yet, or nothing traded
/// in it (a minute without trades makes no bar, as in the pipeline). Minute bars are read as stamped with the minute
/// they cover, in KST (the contract gives no field list; the fake does the same). Overseas instruments have no REST
/// minute bars in the client, so their gaps stay gaps (logged): the pipeline's staleness rules see the silence.
/// </summary>
internal sealed class KisGapCatchUp(KisClient client, IKisFeedSink sink, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public async Task RunAsync(KisStreamGap gap, CancellationToken stop)
    {
        try
        {
            foreach (var (id, where) in sink.Subscribed())
            {
                if (!where.Exchange.IsDomestic)
                {
                    logger.LogWarning("{Instrument}: trades missed while the KIS WebSocket was down ({From:O} to {To:O}) cannot be caught up (no overseas minute bars)",
                        id, gap.DownSince, gap.RestoredAt);
                    continue;
                }
                var first = new DateTimeOffset(KisFeedLedger.MinuteOf(gap.DownSince), TimeSpan.Zero);
                var last = new DateTimeOffset(KisFeedLedger.MinuteOf(gap.RestoredAt), TimeSpan.Zero);
                var (fromKst, toKst) = (first.ToOffset(KisTime.KstOffset), last.ToOffset(KisTime.KstOffset));
                // The endpoint has today's minutes only: a gap over midnight KST is caught up from the day's start.
                var since = fromKst.Date == toKst.Date ? TimeOnly.FromDateTime(fromKst.DateTime) : TimeOnly.MinValue;
                var bars = await client.Domestic.GetMinuteBarsAsync(where.Symbol, since, TimeOnly.FromDateTime(toKst.DateTime), stop).ConfigureAwait(false);
                if (!bars.IsSuccess)
                {
                    logger.LogWarning("{Instrument}: catching up the minutes missed from {From:O} to {To:O} failed: {Error}", id, gap.DownSince, gap.RestoredAt, bars.Error!.Message);
                    continue;
                }
                var now = time.GetUtcNow();
                foreach (var b in bars.Value!)
                {
                    var start = KisTime.KstToUtc(b.Date, b.Time);
                    if (start < first || start > last || start + Minute > now || b.Volume <= 0) continue;
                    var bar = new Bar(start, b.Open, b.High, b.Low, b.Close, b.Volume);
                    if (bar.Validate() is { } problem)
                    {
                        logger.LogWarning("{Instrument}: the KIS minute bar of {Minute:O} is unusable: {Problem}", id, start, problem);
                        continue;
                    }
                    sink.CaughtUp(id, bar);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
