using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Live.Feeds;

/// <summary>
/// Where the live bar pipeline and the staleness monitor deliver what the kernel must hear: straight into the kernel's
/// inbox (<see cref="InboxFeedTarget"/>), or into the agent's input queue, which journals each slice and mark before the
/// kernel hears of it so that a restart can re-run them. Called under the caller's lock: implementations must not block.
/// </summary>
public interface IFeedTarget
{
    /// <summary>Every instrument's bar of one time (instrument order), then the slice is closed.</summary>
    void PostSlice(DateTimeOffset time, IReadOnlyList<(int Instrument, Bar Bar)> bars);

    void PostPriceStatus(PriceStatusCommand command);
}

/// <summary>Posts straight into the kernel's inbox: bars, then a slice-close timer; marks as commands.</summary>
public sealed class InboxFeedTarget(ChannelInbox inbox) : IFeedTarget
{
    public void PostSlice(DateTimeOffset time, IReadOnlyList<(int Instrument, Bar Bar)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        foreach (var (instrument, bar) in bars) inbox.PostBar(instrument, in bar);
        inbox.CloseSlice(time);
    }

    public void PostPriceStatus(PriceStatusCommand command) => inbox.Post(command);
}
