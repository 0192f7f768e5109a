namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>W1 (SMA cross over one stitched instrument): timings of the measured runs and where the bytes went.</summary>
/// <param name="NsPerBar">Whole run (setup included) divided by the bars, per measured run (wall clock).</param>
/// <param name="CpuNsPerBar">The same with the process's CPU time instead of the wall clock (less sensitive to other load).</param>
/// <param name="SlopeNsPerBar">(median long run − median short run) / (long bars − short bars): setup cancels out.</param>
/// <param name="RatioToBaseline">Per measured run, W1 ns/bar over the baseline ns/bar measured right after it.</param>
/// <param name="BytesPerBar">
/// Bytes allocated inside the event loop (from the end of the first time slice, after the equity curve was
/// preallocated, to the end of the last), per bar; all of it belongs to the order life cycle (intents, orders,
/// journal snapshots, fills, round trips).
/// </param>
/// <param name="AllocatingBars">Bars during which anything at all was allocated (read per time slice).</param>
/// <param name="WholeRunBytesPerBar">All bytes allocated by BacktestRunner.RunAsync (equity curve and result included) / bars.</param>
/// <param name="SlopeBytesPerBar">(whole-run bytes long − short) / (long bars − short bars).</param>
/// <param name="PeakWorkingSetMb">Process peak working set after W1 (runtime, loaded files and the stitched series included).</param>
public sealed record W1Report(
    int Bars,
    int ShortBars,
    Summary NsPerBar,
    Summary CpuNsPerBar,
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
