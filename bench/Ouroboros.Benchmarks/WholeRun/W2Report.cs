namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>W2 (momentum over a synthetic universe): whole-run time of the measured runs.</summary>
/// <param name="CpuMs">The process's CPU time per run (less sensitive to other load than <paramref name="Ms"/>).</param>
public sealed record W2Report(
    int Instruments,
    int Bars,
    long BarEvents,
    int Top,
    Summary Ms,
    Summary CpuMs,
    Summary BarEventsPerSecond,
    double BytesPerBarEvent,
    RunFingerprint Result);
