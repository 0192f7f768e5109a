using BenchmarkDotNet.Attributes;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Benchmarks;

/// <summary>
/// Each gate of the standard chain on its own, called directly on the entry check of <see cref="RiskEngineBenchmark"/>
/// (60 daily returns of six instruments): where the full chain's time goes. Gates do not change the history, so the
/// same check is evaluated every time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RiskGateBenchmark
{
    private IRiskGate _gate = null!;
    private RiskCheck _check = null!;

    public static IEnumerable<string> Gates => new RiskScenario(60, 1).Full().Gates.Select(g => g.Name);

    [ParamsSource(nameof(Gates))]
    public string Gate { get; set; } = "var";

    [GlobalSetup]
    public void Setup()
    {
        var scenario = new RiskScenario(60, 1);
        var engine = scenario.Full();
        _gate = engine.Gates.Single(g => g.Name == Gate);
        _check = scenario.CheckOn(0, engine);
        var verdict = _gate.Evaluate(_check);
        if (!verdict.IsApproved) throw new InvalidOperationException($"{Gate} denied the benchmark's entry: {verdict.Reason}");
    }

    [Benchmark]
    public bool Evaluate() => _gate.Evaluate(_check).IsApproved;
}
