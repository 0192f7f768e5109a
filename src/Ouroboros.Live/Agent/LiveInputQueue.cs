using System.Threading.Channels;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;
using Ouroboros.Live.Feeds;

namespace Ouroboros.Live.Agent;

/// <summary>
/// What a live feed produced for the kernel, in the order it was produced: the pipeline's slices, the staleness
/// monitor's marks and a live broker's reports. The agent reads this queue, journals each item and only then posts it to the kernel, so that a
/// restart re-runs exactly what the kernel heard.
/// </summary>
internal sealed class LiveInputQueue : IFeedTarget
{
    private readonly Channel<LiveInput> _items = Channel.CreateUnbounded<LiveInput>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<LiveInput> Reader => _items.Reader;

    public void PostSlice(DateTimeOffset time, IReadOnlyList<(int Instrument, Bar Bar)> bars) => _items.Writer.TryWrite(new LiveSliceInput(time, bars));

    public void PostPriceStatus(PriceStatusCommand command) => _items.Writer.TryWrite(new LiveMarkInput(command));

    /// <summary>A live broker's report, in the order the broker sent it.</summary>
    public void PostExecution(ExecutionReport report) => _items.Writer.TryWrite(new LiveExecutionInput(report));

    public void Complete() => _items.Writer.TryComplete();
}

internal abstract record LiveInput;

internal sealed record LiveSliceInput(DateTimeOffset Time, IReadOnlyList<(int Instrument, Bar Bar)> Bars) : LiveInput;

internal sealed record LiveMarkInput(PriceStatusCommand Command) : LiveInput;

internal sealed record LiveExecutionInput(ExecutionReport Report) : LiveInput;
