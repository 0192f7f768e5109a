namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// W5 (risk overhead): the same sma-cross backtest over a synthetic KRX universe without and with the house rules,
/// timed in alternating pairs within one process so that both see the same machine load.
/// </summary>
/// <param name="OffMs">Whole run with <c>RiskEngine.None</c>, per measured run (wall clock).</param>
/// <param name="OnMs">Whole run with the standard risk engine, exit rules and KRX calendar, per measured run.</param>
/// <param name="RatioPerPair">Per pair, risk-on time over the risk-off time measured next to it.</param>
/// <param name="RatioOfMedians">Median risk-on time over median risk-off time.</param>
/// <param name="ExtraNsPerBarEvent">(median on − median off) / bar events: the house rules' cost spread over every bar.</param>
/// <param name="OffBytesPerBarEvent">All bytes allocated by a risk-off run (setup, equity curve and result included) / bar events.</param>
/// <param name="Off">Result of the risk-off runs (every timed run reproduced it exactly).</param>
/// <param name="On">Result of the risk-on runs (every timed run reproduced it exactly).</param>
public sealed record W5Report(
    int Instruments,
    int Bars,
    long BarEvents,
    decimal SizingPercent,
    Summary OffMs,
    Summary OnMs,
    Summary OffCpuMs,
    Summary OnCpuMs,
    Summary OffBarEventsPerSecond,
    Summary OnBarEventsPerSecond,
    Summary RatioPerPair,
    double RatioOfMedians,
    double ExtraNsPerBarEvent,
    double OffBytesPerBarEvent,
    double OnBytesPerBarEvent,
    RiskRunFingerprint Off,
    RiskRunFingerprint On);
