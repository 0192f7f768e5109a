using BenchmarkDotNet.Attributes;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Benchmarks;

/// <summary>
/// One risk decision as the kernel asks for it on a daily-bar backtest: a new trading day begins, then an entry
/// (buy 5% of equity of a sixth KRX stock while five are held) is checked. <see cref="FullChain"/> is the standard
/// engine (17 gates and the P&amp;L triggers at the hard limits) with <see cref="Returns"/> daily returns of all six
/// instruments in its history; <see cref="StateOnly"/> has the same limits and no gates; the baseline is
/// <c>new RiskEngine([])</c>, which is disabled (no gates, no limits) and approves at once, as with --no-risk.
/// <para>
/// Every evaluation approves, and an approved order is remembered for the rate and daily-count gates, so each call is
/// made one day later than the one before (with a fresh check record, as the kernel builds one per order); after
/// <see cref="Days"/> days the engines are rebuilt and re-warmed, which adds at most a few ns per call.
/// </para>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RiskEngineBenchmark
{
    public const int Days = 20_000;
    private RiskScenario _scenario = null!;
    private RiskEngine _none = null!;
    private RiskEngine _state = null!;
    private RiskEngine _full = null!;
    private int _day;
    private int _noneDay;

    [Params(60, 250)]
    public int Returns { get; set; } = 60;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = new RiskScenario(Returns, Days);
        _none = new RiskEngine([]);
        Rebuild();
        foreach (var engine in new[] { _scenario.Full(), _scenario.StateOnly() })
        {
            var verdict = engine.Evaluate(_scenario.CheckOn(0, engine));
            if (!verdict.IsApproved)
                throw new InvalidOperationException($"the benchmark's entry must pass every gate, but {verdict.Gate} denied it: {verdict.Reason}");
        }
    }

    [Benchmark(Baseline = true)]
    public bool Disabled()
    {
        // A disabled engine keeps no state: no rebuild, only the same check record per call as the others.
        _noneDay = _noneDay == Days - 1 ? 0 : _noneDay + 1;
        return _none.Evaluate(_scenario.CheckOn(_noneDay, _none)).IsApproved;
    }

    [Benchmark]
    public bool StateOnly() => Decide(_state);

    [Benchmark]
    public bool FullChain() => Decide(_full);

    private bool Decide(RiskEngine engine)
    {
        var check = _scenario.CheckOn(Next(), engine);
        engine.StartTradingDay(check.Time, check.TradingDate);
        return engine.Evaluate(check).IsApproved;
    }

    private int Next()
    {
        if (_day == Days)
        {
            Rebuild();
            _day = 0;
        }
        return _day++;
    }

    private void Rebuild()
    {
        _state = _scenario.StateOnly();
        _full = _scenario.Full();
    }
}
