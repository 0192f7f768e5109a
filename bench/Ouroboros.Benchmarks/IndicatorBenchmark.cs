using BenchmarkDotNet.Attributes;
using Ouroboros.Domain.Bars;
using Ouroboros.Benchmarks.WholeRun;

namespace Ouroboros.Benchmarks;

/// <summary>
/// W4: one Update(in Bar) of each catalog indicator over the first 5,000 SPY daily bars (results are per update),
/// called on the concrete class (as strategies do) and through IIndicator (as the CLI's indicator table does).
/// </summary>
[MemoryDiagnoser]
public class IndicatorBenchmark
{
    public const int Updates = 5_000;
    private Bar[] _bars = null!;
    private Action<Bar[], int> _direct = null!;
    private Action<Bar[], int> _viaInterface = null!;

    public static IEnumerable<string> Specs => IndicatorWorkload.Specs;

    [ParamsSource(nameof(Specs))]
    public string Spec { get; set; } = "sma:30";

    [GlobalSetup]
    public void Setup()
    {
        _bars = BenchData.LoadUs()[0].Bars[..Updates].ToArray();
        _direct = IndicatorWorkload.Loop(IndicatorWorkload.Create(Spec), viaInterface: false);
        _viaInterface = IndicatorWorkload.Loop(IndicatorWorkload.Create(Spec), viaInterface: true);
    }

    [Benchmark(OperationsPerInvoke = Updates)]
    public void Direct() => _direct(_bars, 1);

    [Benchmark(OperationsPerInvoke = Updates)]
    public void ViaInterface() => _viaInterface(_bars, 1);
}
