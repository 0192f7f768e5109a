using Ouroboros.Core.Inbox;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Tests.Support;

/// <summary>
/// A partial-bar-aware strategy that records what it is shown (bars, a 3-bar average of instrument 0's closes, the
/// partial bars, last prices and equity at each rescan and slice end) and submits scripted intents at chosen slices
/// and rescans.
/// </summary>
internal sealed class RescanStrategy : IPartialBarAware
{
    private readonly Dictionary<DateTimeOffset, List<Func<IStrategyContext, TradeIntent>>> _atSlice = [];
    private readonly Dictionary<int, List<Func<IStrategyContext, TradeIntent>>> _atRescan = [];
    private readonly List<decimal> _closes = [];

    public string Name => "rescan";
    public IStrategyContext? Context { get; private set; }
    public List<(int Instrument, Bar Bar)> Bars { get; } = [];
    public List<decimal> Average { get; } = [];
    public List<Fill> Fills { get; } = [];
    public List<Seen> Rescans { get; } = [];
    public List<Seen> SliceEnds { get; } = [];

    /// <summary>What the strategy could read at one moment: partial bars and last prices by instrument, and the equity.</summary>
    public sealed record Seen(DateTimeOffset Time, PartialBar?[] Partials, decimal?[] LastPrices, decimal Equity);

    public RescanStrategy AtSlice(DateTimeOffset time, Func<IStrategyContext, TradeIntent> intent)
    {
        if (!_atSlice.TryGetValue(time, out var list)) _atSlice[time] = list = [];
        list.Add(intent);
        return this;
    }

    /// <summary>Submits at the rescan numbered <paramref name="rescan"/> (0-based).</summary>
    public RescanStrategy AtRescan(int rescan, Func<IStrategyContext, TradeIntent> intent)
    {
        if (!_atRescan.TryGetValue(rescan, out var list)) _atRescan[rescan] = list = [];
        list.Add(intent);
        return this;
    }

    public void Initialize(IStrategyContext context) => Context = context;

    public void OnBar(int instrument, in Bar bar)
    {
        Bars.Add((instrument, bar));
        if (instrument != 0) return;
        _closes.Add(bar.Close);
        Average.Add(_closes.TakeLast(3).Average());
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
        SliceEnds.Add(Look(time));
        if (_atSlice.TryGetValue(time, out var intents))
            foreach (var build in intents) Context!.Submit(build(Context));
    }

    public void OnPartialBars(IStrategyContext context, DateTimeOffset asOf)
    {
        Rescans.Add(Look(asOf));
        if (_atRescan.TryGetValue(Rescans.Count - 1, out var intents))
            foreach (var build in intents) context.Submit(build(context));
    }

    public void OnFill(Fill fill) => Fills.Add(fill);

    private Seen Look(DateTimeOffset time)
    {
        var n = Context!.Instruments.Count;
        return new Seen(time, [.. Enumerable.Range(0, n).Select(Context.PartialBarOf)], [.. Enumerable.Range(0, n).Select(Context.LastPrice)], Context.Equity);
    }
}
