using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Indicators.Volatility;
using SkipMomentum = Ouroboros.Indicators.Oscillators.Momentum;

namespace Ouroboros.Strategies;

/// <summary>
/// 12-1 momentum rotation with a monthly rebalance and ATR sizing, built for small whole-share accounts.
/// On the first time slice of each new UTC month (not the run's first slice) it ranks the instruments that have a bar
/// in that slice and a ready score and ATR (missing data is not ranked, never scored 0), keeps held instruments it
/// cannot rank (no decision on missing data; each keeps one of the N slots), picks the best of the rest for the
/// remaining slots (with the absolute filter only scores &gt; 0), closes ranked holdings that are not picked, and
/// rebalances each pick to min(equity × risk / (atr_mult × ATR), equity / N / price) rounded down to whole lots.
/// A pick whose target rounds to 0 is skipped with a reason (and closed if held). Sells are submitted before buys.
/// Buys are sized against the cash on hand at the decision, before the sells have filled (next-open fills) and may
/// be cancelled by a gap up, so a rebalance that bought anything tops up picks still below target once, on the next
/// slice (cash permitting).
/// </summary>
public sealed class MomentumStrategy : IStrategy
{
    public const string StrategyName = "momentum";

    private readonly StrategyId _id = new(StrategyName);
    private readonly List<MomentumRebalance> _history = [];
    private IStrategyContext? _context;
    private InstrumentId[] _ids = [];
    private SkipMomentum[] _scores = [];
    private Atr[] _atrs = [];
    private DateTimeOffset?[] _lastBarTime = [];
    private decimal[] _lastClose = [];
    private decimal[] _targets = [];
    private bool[] _picked = [];
    private int[] _ranked = [];
    private int _month = -1;
    private bool _topUpPending;

    public MomentumStrategy(MomentumSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings.Validated();
    }

    public string Name => StrategyName;
    public MomentumSettings Settings { get; }

    /// <summary>Every rebalance so far, oldest first.</summary>
    public IReadOnlyList<MomentumRebalance> Rebalances => _history;

    public void Initialize(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var n = context.Instruments.Count;
        _ids = new InstrumentId[n];
        _scores = new SkipMomentum[n];
        _atrs = new Atr[n];
        for (var i = 0; i < n; i++)
        {
            _ids[i] = context.Instruments[i].Id;
            _scores[i] = new SkipMomentum(Settings.Lookback, Settings.Skip);
            _atrs[i] = new Atr(Settings.AtrPeriod);
        }
        _lastBarTime = new DateTimeOffset?[n];
        _lastClose = new decimal[n];
        _targets = new decimal[n];
        _picked = new bool[n];
        _ranked = new int[n];
        _month = -1;
        _topUpPending = false;
        _history.Clear();
    }

    public void OnBar(int instrument, in Bar bar)
    {
        _scores[instrument].Update(in bar);
        _atrs[instrument].Update(in bar);
        _lastBarTime[instrument] = bar.Time;
        _lastClose[instrument] = bar.Close;
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var month = (utc.Year * 12) + utc.Month - 1;
        if (month != _month)
        {
            var first = _month < 0;
            _month = month;
            if (!first)
            {
                Rebalance(time);
                return;
            }
        }
        if (_topUpPending)
        {
            _topUpPending = false;
            TopUp(time);
        }
    }

    public void OnFill(Fill fill)
    {
    }

    private void Rebalance(DateTimeOffset time)
    {
        var context = Context;
        var kept = new List<InstrumentId>();
        var count = 0;
        for (var i = 0; i < _ids.Length; i++)
        {
            _picked[i] = false;
            _targets[i] = 0;
            if (_lastBarTime[i] == time && _scores[i].Value is { } score && _atrs[i].IsReady) count = Insert(i, score, count);
            else if (context.PositionOf(i) > 0) kept.Add(_ids[i]);
        }

        var equity = context.Equity;
        var slots = Math.Max(0, Settings.Top - kept.Count);
        var ranking = new List<MomentumScore>(count);
        var targets = new List<MomentumTarget>();
        var skipped = new List<MomentumSkip>();
        for (var k = 0; k < count; k++)
        {
            var i = _ranked[k];
            var score = _scores[i].Value!.Value;
            ranking.Add(new MomentumScore(_ids[i], score));
            if (k >= slots || (Settings.AbsoluteFilter && score <= 0)) continue;
            _picked[i] = true;
            _targets[i] = Target(i, equity, out var reason);
            if (_targets[i] > 0) targets.Add(new MomentumTarget(_ids[i], _targets[i]));
            else skipped.Add(new MomentumSkip(_ids[i], reason!));
        }

        // Sells first (closes, then reductions), then buys: the broker fills sells first too.
        var bought = false;
        for (var k = 0; k < count; k++)
        {
            var i = _ranked[k];
            if ((!_picked[i] || _targets[i] == 0) && context.PositionOf(i) > 0)
            {
                var why = _picked[i] ? "momentum pick's target rounds to 0 shares" : "no longer in the momentum top";
                context.Submit(new TradeIntent(_ids[i], IntentAction.Close, _id, time, Rationale: why));
            }
        }
        for (var k = 0; k < count; k++)
        {
            var i = _ranked[k];
            if (_picked[i] && _targets[i] > 0 && _targets[i] < context.PositionOf(i))
            {
                SubmitTarget(i, time, "momentum rebalance: reduce to target");
            }
        }
        for (var k = 0; k < count; k++)
        {
            var i = _ranked[k];
            if (_picked[i] && _targets[i] > context.PositionOf(i))
            {
                SubmitTarget(i, time, "momentum rebalance: buy up to target");
                bought = true;
            }
        }
        _topUpPending = bought;
        _history.Add(new MomentumRebalance(time, ranking, targets, skipped, kept));
    }

    /// <summary>Picks still below target one slice after the rebalance get one more buy at the current cash.</summary>
    private void TopUp(DateTimeOffset time)
    {
        var context = Context;
        for (var i = 0; i < _ids.Length; i++)
        {
            if (!_picked[i] || _targets[i] <= context.PositionOf(i) || _lastBarTime[i] != time) continue;
            if (context.Cash < _lastClose[i]) continue;
            SubmitTarget(i, time, "momentum rebalance: top up toward target");
        }
    }

    /// <summary>min(ATR-risk quantity, equal-weight cap) in whole lots; 0 with a reason when it rounds to nothing.</summary>
    private decimal Target(int i, decimal equity, out string? reason)
    {
        var price = _lastClose[i];
        if (price <= 0)
        {
            reason = $"no positive price to size at (close {price})";
            return 0;
        }
        var atr = (decimal)_atrs[i].Value!.Value;
        var cap = equity / Settings.Top / price;
        var byRisk = atr > 0 ? equity * (Settings.RiskPercent / 100m) / (Settings.AtrMultiple * atr) : cap;
        var target = Context.Instruments[i].RoundQuantityDown(Math.Min(byRisk, cap));
        reason = target > 0 ? null
            : $"target rounds to 0 shares at price {price}: equal-weight cap {cap:0.###} (equity {equity:0.##} / {Settings.Top}), ATR risk {byRisk:0.###} (ATR {atr:0.####})";
        return target;
    }

    private void SubmitTarget(int i, DateTimeOffset time, string rationale) =>
        Context.Submit(new TradeIntent(_ids[i], IntentAction.Rebalance, _id, time, new SizeSpec.TargetQuantity(_targets[i]), Rationale: rationale));

    /// <summary>Insertion into <see cref="_ranked"/>: score descending, instrument index ascending on ties.</summary>
    private int Insert(int instrument, double score, int count)
    {
        var k = count;
        while (k > 0 && _scores[_ranked[k - 1]].Value!.Value < score)
        {
            _ranked[k] = _ranked[k - 1];
            k--;
        }
        _ranked[k] = instrument;
        return count + 1;
    }

    private IStrategyContext Context => _context ?? throw new InvalidOperationException("Initialize must be called before bars are delivered.");
}
