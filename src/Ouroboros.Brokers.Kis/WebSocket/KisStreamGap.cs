namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// The connection was lost at <paramref name="DownSince"/> and is back (with every subscription re-sent) at
/// <paramref name="RestoredAt"/>: trades and notices of that window were never pushed, so the caller catches up by REST.
/// </summary>
public sealed record KisStreamGap(DateTimeOffset ReceivedAt, DateTimeOffset DownSince, DateTimeOffset RestoredAt) : KisStreamEvent(ReceivedAt)
{
    public TimeSpan Duration => RestoredAt - DownSince;
}
