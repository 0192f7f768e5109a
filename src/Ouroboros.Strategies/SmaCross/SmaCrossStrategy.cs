using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Indicators.MovingAverages;

namespace Ouroboros.Strategies;

/// <summary>
/// Long/flat moving-average crossover, independently on every instrument of the universe. On a bar where both SMAs
/// are ready on this bar and the previous one: fast crossing above slow (prev fast ≤ prev slow, now fast &gt; slow)
/// buys with the run's default sizing when flat; fast crossing below slow (prev fast ≥ prev slow, now fast &lt; slow)
/// closes the whole position when long. Allocation-free per bar except when a signal fires.
/// </summary>
public sealed class SmaCrossStrategy : IStrategy
{
    public const string StrategyName = "sma-cross";
    private const string UpCross = "fast SMA crossed above slow SMA";
    private const string DownCross = "fast SMA crossed below slow SMA";

    private readonly StrategyId _id = new(StrategyName);
    private IStrategyContext? _context;
    private InstrumentId[] _ids = [];
    private Sma[] _fast = [];
    private Sma[] _slow = [];
    private double[] _previousFast = [];
    private double[] _previousSlow = [];
    private bool[] _hasPrevious = [];

    public SmaCrossStrategy(int fastPeriod = 10, int slowPeriod = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fastPeriod, 1);
        if (slowPeriod <= fastPeriod)
            throw new ArgumentOutOfRangeException(nameof(slowPeriod), slowPeriod, "The slow period must be greater than the fast period.");
        FastPeriod = fastPeriod;
        SlowPeriod = slowPeriod;
    }

    public string Name => StrategyName;
    public int FastPeriod { get; }
    public int SlowPeriod { get; }

    public void Initialize(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var n = context.Instruments.Count;
        _ids = new InstrumentId[n];
        _fast = new Sma[n];
        _slow = new Sma[n];
        for (var i = 0; i < n; i++)
        {
            _ids[i] = context.Instruments[i].Id;
            _fast[i] = new Sma(FastPeriod);
            _slow[i] = new Sma(SlowPeriod);
        }
        _previousFast = new double[n];
        _previousSlow = new double[n];
        _hasPrevious = new bool[n];
    }

    public void OnBar(int instrument, in Bar bar)
    {
        var fastSma = _fast[instrument];
        var slowSma = _slow[instrument];
        // Sma.Update(in Bar) converts the close to double; converting once serves both averages.
        var close = (double)bar.Close;
        fastSma.Update(close);
        slowSma.Update(close);
        // The slow SMA warms up last (slow > fast), so once it is ready both are.
        if (!slowSma.TryGetLine(0, out var slow) || !fastSma.TryGetLine(0, out var fast)) return;
        if (_hasPrevious[instrument])
        {
            var previousFast = _previousFast[instrument];
            var previousSlow = _previousSlow[instrument];
            if (previousFast <= previousSlow && fast > slow) Enter(instrument, bar.Time);
            else if (previousFast >= previousSlow && fast < slow) Exit(instrument, bar.Time);
        }
        _previousFast[instrument] = fast;
        _previousSlow[instrument] = slow;
        _hasPrevious[instrument] = true;
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
    }

    public void OnFill(Fill fill)
    {
    }

    private void Enter(int instrument, DateTimeOffset time)
    {
        var context = Context;
        if (context.PositionOf(instrument) != 0) return;
        context.Submit(new TradeIntent(_ids[instrument], IntentAction.Buy, _id, time, Rationale: UpCross));
    }

    private void Exit(int instrument, DateTimeOffset time)
    {
        var context = Context;
        if (context.PositionOf(instrument) <= 0) return;
        context.Submit(new TradeIntent(_ids[instrument], IntentAction.Close, _id, time, Rationale: DownCross));
    }

    private IStrategyContext Context => _context ?? throw new InvalidOperationException("Initialize must be called before bars are delivered.");
}
