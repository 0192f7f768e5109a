using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using TripleRsiIndicator = Ouroboros.Indicators.Oscillators.TripleRsi;

namespace Ouroboros.Strategies;

/// <summary>
/// Long/flat Triple RSI for leveraged ETFs, per instrument, on the indicator library's <c>trsi:7,14,21,9</c>:
/// composite = (RSI7 + RSI14 + RSI21) / 3 and signal = SMA9 of the composite (the indicator's signal line).
/// A cross needs the signal on this bar and the previous one. Entry (flat): composite crosses above signal
/// (prev composite ≤ prev signal, now composite &gt; signal) and composite &lt; entry_max and RSI21 &gt; trend_min and
/// RSI7 ≤ overbought; buys with the run's default sizing. Exit (long): composite crosses below signal
/// (prev composite ≥ prev signal, now composite &lt; signal) or RSI7 &gt; overbought; closes the whole position.
/// </summary>
public sealed class TripleRsiStrategy : IStrategy
{
    public const string StrategyName = "triple-rsi";
    private const double OneThird = 1.0 / 3.0;

    private readonly StrategyId _id = new(StrategyName);
    private IStrategyContext? _context;
    private InstrumentId[] _ids = [];
    private TripleRsiIndicator[] _indicators = [];
    private double[] _previousComposite = [];
    private double[] _previousSignal = [];
    private bool[] _hasPrevious = [];

    public TripleRsiStrategy(TripleRsiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings.Validated();
    }

    public string Name => StrategyName;
    public TripleRsiSettings Settings { get; }

    /// <summary>The composite as the indicator computes it before smoothing it into the signal line.</summary>
    public static double Composite(double fast, double mid, double slow) => (fast + mid + slow) * OneThird;

    public void Initialize(IStrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var n = context.Instruments.Count;
        _ids = new InstrumentId[n];
        _indicators = new TripleRsiIndicator[n];
        for (var i = 0; i < n; i++)
        {
            _ids[i] = context.Instruments[i].Id;
            _indicators[i] = new TripleRsiIndicator(Settings.FastPeriod, Settings.MidPeriod, Settings.SlowPeriod, Settings.SignalPeriod);
        }
        _previousComposite = new double[n];
        _previousSignal = new double[n];
        _hasPrevious = new bool[n];
    }

    public void OnBar(int instrument, in Bar bar)
    {
        var indicator = _indicators[instrument];
        indicator.Update(in bar);
        // The signal line is the last to warm up; once it is there all three RSIs are too.
        if (!indicator.TryGetLine(TripleRsiIndicator.SignalLine, out var signal)) return;
        indicator.TryGetLine(TripleRsiIndicator.FastLine, out var fast);
        indicator.TryGetLine(TripleRsiIndicator.MidLine, out var mid);
        indicator.TryGetLine(TripleRsiIndicator.SlowLine, out var slow);
        var composite = Composite(fast, mid, slow);
        if (_hasPrevious[instrument])
            Decide(instrument, bar.Time, composite, signal, fast, slow);
        _previousComposite[instrument] = composite;
        _previousSignal[instrument] = signal;
        _hasPrevious[instrument] = true;
    }

    public void OnTimeSliceEnd(DateTimeOffset time)
    {
    }

    public void OnFill(Fill fill)
    {
    }

    private void Decide(int instrument, DateTimeOffset time, double composite, double signal, double fast, double slow)
    {
        var context = _context ?? throw new InvalidOperationException("Initialize must be called before bars are delivered.");
        var previousComposite = _previousComposite[instrument];
        var previousSignal = _previousSignal[instrument];
        var position = context.PositionOf(instrument);
        if (position > 0)
        {
            if (previousComposite >= previousSignal && composite < signal)
                context.Submit(new TradeIntent(_ids[instrument], IntentAction.Close, _id, time, Rationale: "composite RSI crossed below its signal"));
            else if (fast > Settings.Overbought)
                context.Submit(new TradeIntent(_ids[instrument], IntentAction.Close, _id, time, Rationale: "fast RSI is overbought"));
            return;
        }
        if (position == 0 && previousComposite <= previousSignal && composite > signal
            && composite < Settings.EntryMax && slow > Settings.TrendMin && fast <= Settings.Overbought)
            context.Submit(new TradeIntent(_ids[instrument], IntentAction.Buy, _id, time, Rationale: "composite RSI crossed above its signal in an uptrend"));
    }
}
