namespace Ouroboros.Core.Ports;

/// <summary>
/// An order journal that groups writes: they are buffered and made durable together by <see cref="FlushAsync"/> (one
/// disk flush for a whole time slice). The order manager flushes before every broker call and before a slice closes,
/// so an order is still durable before it is sent and a slice's writes before its checkpoint.
/// </summary>
public interface IBufferedOrderJournal : IOrderJournal
{
    bool HasBufferedWrites { get; }

    ValueTask FlushAsync(CancellationToken cancellationToken);
}
