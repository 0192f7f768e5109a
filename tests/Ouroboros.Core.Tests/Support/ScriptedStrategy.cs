using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Tests.Support;

/// <summary>
/// A strategy that records what it is shown and submits scripted intents at the end of chosen time slices.
/// </summary>
internal sealed class ScriptedStrategy(CallLog log) : IStrategy
{
    private readonly Dictionary<DateTimeOffset, List<Func<IStrategyContext, TradeIntent>>> _script = [];

    public string Name => "scripted";
    public IStrategyContext? Context { get; private set; }
    public List<DateTimeOffset> ClockAtBars { get; } = [];
    public List<Fill> Fills { get; } = [];

    /// <summary>Submits the intent built by <paramref name="intent"/> when the slice at <paramref name="time"/> ends.</summary>
    public ScriptedStrategy At(DateTimeOffset time, Func<IStrategyContext, TradeIntent> intent)
    {
        if (!_script.TryGetValue(time, out var list)) _script[time] = list = [];
        list.Add(intent);
        return this;
    }

    public void Initialize(IStrategyContext context)
    {
        Context = context;
        log.Add("strategy.Initialize");
    }

    public void OnBar(int instrument, in Bar bar)
    {
        ClockAtBars.Add(Context!.Clock.GetUtcNow());
        log.Add($"strategy.OnBar {instrument} {CallLog.Stamp(bar.Time)}");
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
        log.Add($"strategy.OnTimeSliceEnd {CallLog.Stamp(time)}");
        if (_script.TryGetValue(time, out var intents))
            foreach (var build in intents) Context!.Submit(build(Context));
    }

    public List<SessionEvent> Sessions { get; } = [];

    public void OnSessionEvent(SessionEvent sessionEvent) => Sessions.Add(sessionEvent);

    public void OnFill(Fill fill)
    {
        Fills.Add(fill);
        log.Add($"strategy.OnFill {fill.OrderId}");
    }
}
