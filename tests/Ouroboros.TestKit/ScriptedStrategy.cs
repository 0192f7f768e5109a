using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit;

/// <summary>
/// A strategy that submits prepared intents at chosen time slices (0-based) and records what it saw,
/// for testing the kernel, the broker and the fill rules without any trading logic in the way.
/// </summary>
public sealed class ScriptedStrategy : IStrategy
{
    private readonly Dictionary<int, List<Func<IStrategyContext, DateTimeOffset, TradeIntent>>> _script = [];
    private IStrategyContext? _context;
    private int _slice = -1;
    private DateTimeOffset _lastSeen;

    public static StrategyId Id { get; } = new("scripted");

    public string Name => "scripted";
    public List<Fill> Fills { get; } = [];
    public List<(int Slice, int Instrument, Bar Bar)> Seen { get; } = [];
    public List<(int Slice, decimal Cash, decimal Position)> AccountAtSliceEnd { get; } = [];

    /// <summary>At slice <paramref name="slice"/>, submit the intent built by <paramref name="intent"/>.</summary>
    public ScriptedStrategy At(int slice, Func<IStrategyContext, DateTimeOffset, TradeIntent> intent)
    {
        if (!_script.TryGetValue(slice, out var list)) _script[slice] = list = [];
        list.Add(intent);
        return this;
    }

    public ScriptedStrategy Buy(int slice, int instrument = 0, SizeSpec? size = null, OrderType type = OrderType.Market,
        decimal? limit = null, decimal? stop = null, TimeInForce tif = TimeInForce.Day) =>
        At(slice, (ctx, t) => new TradeIntent(ctx.Instruments[instrument].Id, IntentAction.Buy, Id, t, size, OrderType: type, LimitPrice: limit, StopPrice: stop, TimeInForce: tif));

    public ScriptedStrategy Sell(int slice, int instrument = 0, SizeSpec? size = null, OrderType type = OrderType.Market,
        decimal? limit = null, decimal? stop = null, TimeInForce tif = TimeInForce.Day) =>
        At(slice, (ctx, t) => new TradeIntent(ctx.Instruments[instrument].Id, IntentAction.Sell, Id, t, size, OrderType: type, LimitPrice: limit, StopPrice: stop, TimeInForce: tif));

    public ScriptedStrategy Close(int slice, int instrument = 0) =>
        At(slice, (ctx, t) => new TradeIntent(ctx.Instruments[instrument].Id, IntentAction.Close, Id, t));

    public void Initialize(IStrategyContext context) => _context = context;

    public void OnBar(int instrument, in Bar bar)
    {
        if (bar.Time != _lastSeen || _slice < 0)
        {
            _slice++;
            _lastSeen = bar.Time;
        }
        Seen.Add((_slice, instrument, bar));
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
        if (_script.TryGetValue(_slice, out var intents))
            foreach (var make in intents) _context!.Submit(make(_context, time));
        AccountAtSliceEnd.Add((_slice, _context!.Cash, _context.PositionOf(0)));
    }

    public void OnFill(Fill fill) => Fills.Add(fill);
}
