using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Strategies.Scenarios;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.Scenarios;

/// <summary>The per-bar path allocates nothing: evaluation, snapshot updates and an engine bar that fires nothing.</summary>
public sealed class ScenarioAllocationTests
{
    private const string Complex = "(rsi14 < 30 && volume_ratio > 2 && close > sma20) || (not ema50 <= close and atr14 != 0) || change_pct < -3.5";

    [Fact]
    public void Evaluating_a_compiled_condition_allocates_nothing()
    {
        var bound = ConditionBinder.Bind(Complex);
        var layout = new SnapshotLayout([bound]);
        var compiled = ConditionCompiler.Compile(bound, layout);
        var snapshots = new double[2][];
        snapshots[0] = [.. Enumerable.Range(0, layout.Width).Select(i => (double)i)];
        snapshots[1] = [.. Enumerable.Range(0, layout.Width).Select(i => i % 2 == 0 ? double.NaN : i)];
        var hits = 0;
        HeapAllocations.QuietestWindow(0, 200_000, i => hits += compiled.Evaluate(snapshots[i & 1]) ? 1 : 0).ShouldBe(0);
        hits.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void An_engine_bar_that_fires_nothing_allocates_nothing()
    {
        var spy = GenericVenue.Instrument("SPY");
        var engine = new ScenarioEngine(
        [
            new("never", spy.Id, "close < 0 && " + "rsi14 < 30", IntentAction.Buy),
            new("complex", spy.Id, "close < 0 && (" + Complex + ")", IntentAction.Buy),
        ]);
        engine.Initialize(new FakeStrategyContext(spy));
        var bars = BarBuilder.Midpoint(BarBuilder.RandomWalk(seed: 11, count: 50_000));
        HeapAllocations.QuietestWindow(0, bars.Length, i => engine.OnBar(0, in bars[i])).ShouldBe(0);
        engine.Matches.ShouldBeEmpty();
    }
}
