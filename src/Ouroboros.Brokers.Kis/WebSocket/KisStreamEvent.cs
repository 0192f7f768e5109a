namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// One thing the real-time session reports, in the order it happened: trades, execution notices, connection changes,
/// gaps to catch up by REST and problems with single frames. <see cref="ReceivedAt"/> comes from the session's clock.
/// </summary>
public abstract record KisStreamEvent(DateTimeOffset ReceivedAt);
