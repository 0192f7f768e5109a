namespace Ouroboros.Hosting.Performance;

/// <summary>W1 (SMA cross, one instrument, stitched real bars).</summary>
/// <param name="NsPerBar">Whole run (setup included) divided by the bars, per measured run.</param>
/// <param name="SlopeNsPerBar">(median long run − median short run) / (long bars − short bars): setup cancels out.</param>
/// <param name="RatioToBaseline">Per measured run, W1 ns/bar over the baseline ns/bar measured right after it.</param>
/// <param name="BytesPerBar">
/// Bytes allocated inside the event loop (after the equity curve was preallocated and the first bar was processed, up
/// to the last bar), per bar. Everything it contains is the order life cycle (intents, orders, fills, trades).
/// </param>
/// <param name="AllocatingBars">Bars during which anything at all was allocated (measured per time slice).</param>
/// <param name="WholeRunBytesPerBar">All bytes allocated by BacktestRunner.RunAsync (equity curve included) / bars.</param>
/// <param name="SlopeBytesPerBar">(whole-run bytes long − short) / (long bars − short bars).</param>
/// <param name="PeakWorkingSetMb">Process peak working set after W1 (runtime, loaded files and the stitched series included).</param>
public sealed record W1Report(
    int Bars,
    int ShortBars,
    Summary NsPerBar,
    Summary BarsPerSecond,
    Summary ShortNsPerBar,
    double SlopeNsPerBar,
    Summary RatioToBaseline,
    double BytesPerBar,
    long LoopBytes,
    int AllocatingBars,
    double BytesPerOrder,
    double WholeRunBytesPerBar,
    double SlopeBytesPerBar,
    double PeakWorkingSetMb,
    RunFingerprint Result);

/// <summary>W2 (momentum over a synthetic universe).</summary>
public sealed record W2Report(int Instruments, int Bars, long BarEvents, int Top, Summary Ms, Summary BarEventsPerSecond, double BytesPerBarEvent, RunFingerprint Result);

/// <summary>W4: nanoseconds per Update(in Bar) of one indicator, called directly and through IIndicator.</summary>
public sealed record IndicatorFigure(string Spec, long Updates, Summary NsDirect, Summary NsViaInterface);

/// <summary>Plain loops over the same bars as W1: sum of closes as decimal (the engine's type) and as double.</summary>
public sealed record BaselineReport(int Bars, Summary SumDecimalNsPerBar, Summary SumDoubleNsPerBar);

public sealed record MachineInfo(int Cores, string Runtime, string Os, string Architecture, bool ServerGc, string Configuration);

public sealed record BenchReport(bool Quick, MachineInfo Machine, W1Report W1, W2Report W2, IReadOnlyList<IndicatorFigure> Indicators, BaselineReport Baseline);
