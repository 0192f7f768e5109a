using Ouroboros.Domain.Venues;
using Ouroboros.Core.Inbox;

namespace Ouroboros.Core.Ports;

/// <summary>
/// A venue that fills against the bars the kernel sees (the simulated broker, in backtests and paper trading on live
/// bars). Given to the kernel explicitly in <see cref="Kernel.KernelSetup.Venue"/>; a live broker is not one: its
/// reports arrive through the inbox instead.
/// </summary>
public interface IMarketDrivenVenue
{
    /// <summary>Where the venue reports (synchronously, on the kernel's thread) and the account it checks fills against.</summary>
    void Attach(IExecutionReports reports, IAccountView account);

    /// <summary>
    /// Called with all bars of a time slice (in instrument order) before strategies see them, so orders from earlier
    /// slices fill at these bars' opens. Venues fill sells before buys so that a rebalance frees cash before spending it.
    /// </summary>
    void OnSlice(ReadOnlySpan<KernelEvent> bars);

    /// <summary>Called when a time slice ends (after strategies acted), for end-of-bar fills and day expiries.</summary>
    void OnSliceEnd(DateTimeOffset time);

    /// <summary>
    /// A rescan's partial bars (the periods so far), before the strategy acts on them: a venue that fills against bars
    /// fills what is sent now at the period's last price, and never at a price the period showed before the order.
    /// </summary>
    void OnPartialBars(IReadOnlyList<PartialBar> bars)
    {
    }
}
