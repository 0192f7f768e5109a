using System.Threading.Channels;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Inbox;

/// <summary>
/// The live inbox: an unbounded channel any number of adapter threads write into (feed, broker, scheduler, operator)
/// and the kernel alone reads. Writing is thread-safe; the order of arrival is the order of application (see
/// <see cref="IKernelInbox"/> for how bars of one time are ordered).
/// </summary>
public sealed class ChannelInbox : IKernelInbox
{
    private readonly Channel<KernelEvent> _channel = Channel.CreateUnbounded<KernelEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false, AllowSynchronousContinuations = false });

    /// <summary>For adapters that write events themselves (and for <see cref="ChannelWriter{T}.Complete"/>).</summary>
    public ChannelWriter<KernelEvent> Writer => _channel.Writer;

    public int? ExpectedTimeSlices => null;

    public bool TryRead(out KernelEvent kernelEvent) => _channel.Reader.TryRead(out kernelEvent);

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => _channel.Reader.WaitToReadAsync(cancellationToken);

    public bool PostBar(int instrument, in Bar bar) => _channel.Writer.TryWrite(KernelEvent.OfBar(instrument, in bar));

    public bool Post(ExecutionReport report) => _channel.Writer.TryWrite(KernelEvent.Of(report));

    /// <summary>Kill, halt or resume, from any thread; applied at the next slice boundary.</summary>
    public bool Post(OperatorCommand command) => _channel.Writer.TryWrite(KernelEvent.Of(command));

    /// <summary>A rescan's in-progress bars, from any thread; applied after the open slice has closed.</summary>
    public bool Post(PartialBarsCommand partialBars) => _channel.Writer.TryWrite(KernelEvent.Of(partialBars));

    public bool CloseSlice(DateTimeOffset time) => _channel.Writer.TryWrite(KernelEvent.Of(new KernelTimer(TimerKind.SliceClose, time)));

    /// <summary>No more events: the kernel finishes the open slice and returns.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
