using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Strategies;

/// <summary>
/// A trading strategy driven by the kernel. It sees each bar when it closes (never anything later) and
/// expresses wishes as <see cref="Domain.Intents.TradeIntent"/>s through its context.
/// </summary>
public interface IStrategy
{
    string Name { get; }

    void Initialize(IStrategyContext context);

    /// <summary>A bar of instrument <paramref name="instrument"/> has closed. Must not allocate in the steady state.</summary>
    void OnBar(int instrument, in Bar bar);

    /// <summary>All bars stamped <paramref name="time"/> have been delivered (cross-sectional decisions go here).</summary>
    void OnTimeSliceEnd(DateTimeOffset time);

    void OnFill(Fill fill);

    /// <summary>A session boundary of the run's market passed (pre-market planning time, open, lunch, close).</summary>
    void OnSessionEvent(SessionEvent sessionEvent)
    {
    }

    /// <summary>The strategy's deliberating side, if it has one: the kernel asks instead of casting.</summary>
    IDeliberatingStrategy? Deliberation => null;

    /// <summary>The strategy's side that looks at partial bars at rescans, if it has one (see <see cref="IPartialBarAware"/>).</summary>
    IPartialBarAware? PartialBarAware => null;
}
