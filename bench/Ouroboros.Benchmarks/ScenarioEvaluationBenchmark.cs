using BenchmarkDotNet.Attributes;
using Ouroboros.Benchmarks.WholeRun;
using Ouroboros.Strategies.Scenarios;

namespace Ouroboros.Benchmarks;

/// <summary>
/// One evaluation of a compiled playbook condition (results are per evaluation) against the real indicator snapshots
/// of the first 4,096 SPY daily bars (warm-up included, so missing values occur), beside a hand-written C# lambda of
/// the same condition (baseline). The lambdas use the same snapshot slots and spell "!=" and "not" so that a missing
/// value gives the same answer; the setup checks that both agree on every snapshot.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScenarioEvaluationBenchmark
{
    public const int Snapshots = 4_096;

    private static readonly Dictionary<string, string> Conditions = new()
    {
        ["simple"] = "rsi14 < 30",
        ["playbook"] = "rsi14 < 30 && volume_ratio > 2 && close > sma20",
        ["complex"] = "(rsi14 < 30 && volume_ratio > 2 && close > sma20) || (not ema50 <= close and atr14 != 0) || change_pct < -3.5",
    };

    private double[][] _snapshots = null!;
    private CompiledCondition _compiled = null!;
    private Func<double[], bool> _handWritten = null!;

    public static IEnumerable<string> Names => Conditions.Keys;

    [ParamsSource(nameof(Names))]
    public string Condition { get; set; } = "simple";

    [GlobalSetup]
    public void Setup()
    {
        // One layout for the three conditions, as a playbook shares one per scenario set.
        var layout = new SnapshotLayout(Conditions.Values.Select(ConditionBinder.Bind));
        _compiled = ConditionCompiler.Compile(ConditionBinder.Bind(Conditions[Condition]), layout);
        int Slot(string name) => layout.SlotOf(ConditionBinder.Bind($"{name} > 0").ValueOf(name));

        var (rsi, ratio, close, sma, ema, atr, change) =
            (Slot("rsi14"), Slot("volume_ratio"), Slot("close"), Slot("sma20"), Slot("ema50"), Slot("atr14"), Slot("change_pct"));
        _handWritten = Condition switch
        {
            "simple" => s => s[rsi] < 30,
            "playbook" => s => s[rsi] < 30 && s[ratio] > 2 && s[close] > s[sma],
            _ => s => (s[rsi] < 30 && s[ratio] > 2 && s[close] > s[sma]) || (s[ema] > s[close] && (s[atr] < 0 || s[atr] > 0)) || s[change] < -3.5,
        };

        var bank = layout.CreateSnapshot();
        var bars = BenchData.LoadUs()[0].Bars;
        _snapshots = new double[Snapshots][];
        for (var i = 0; i < Snapshots; i++)
        {
            bank.Update(bars[i]);
            _snapshots[i] = bank.Values.ToArray();
            if (_compiled.Evaluate(_snapshots[i]) != _handWritten(_snapshots[i]))
                throw new InvalidOperationException($"'{Condition}' disagrees with its hand-written form on bar {i}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Snapshots)]
    public int HandWritten()
    {
        var hits = 0;
        foreach (var snapshot in _snapshots) hits += _handWritten(snapshot) ? 1 : 0;
        return hits;
    }

    [Benchmark(OperationsPerInvoke = Snapshots)]
    public int Compiled()
    {
        var hits = 0;
        foreach (var snapshot in _snapshots) hits += _compiled.Evaluate(snapshot) ? 1 : 0;
        return hits;
    }
}
