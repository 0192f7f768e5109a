using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ouroboros.Application.Telemetry;

/// <summary>
/// The "Ouroboros" activity source and meter: one span per use case, counters for backtests run and plans made.
/// Nothing is recorded unless a listener is attached (the host adds the OpenTelemetry SDK only when an exporter
/// endpoint is configured), so the cost by default is a null check per use case.
/// </summary>
public static class ApplicationTelemetry
{
    public const string Name = "Ouroboros";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> BacktestsRun { get; } = Meter.CreateCounter<long>("ouroboros.backtests", "{backtest}", "Backtests completed");

    public static Counter<long> PlansMade { get; } = Meter.CreateCounter<long>("ouroboros.plans", "{plan}", "Day plans written");

    /// <summary>A span for one use case; null when nobody listens.</summary>
    public static Activity? Start(string useCase) => Source.StartActivity("ouroboros." + useCase);
}
