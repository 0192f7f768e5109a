using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Ouroboros.Application.Telemetry;

namespace Ouroboros.Hosting.Telemetry;

/// <summary>
/// The OpenTelemetry SDK, exporting the "Ouroboros" spans and metrics over OTLP. Built only when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads it and the other OTEL_* variables itself); otherwise nothing
/// listens to the activity source and meter and they cost a null check. Disposing flushes what is buffered.
/// </summary>
public sealed class TelemetryExport : IDisposable
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private readonly TracerProvider _traces;
    private readonly MeterProvider _metrics;

    public TelemetryExport()
    {
        _traces = Sdk.CreateTracerProviderBuilder().AddSource(ApplicationTelemetry.Name).AddOtlpExporter().Build();
        _metrics = Sdk.CreateMeterProviderBuilder().AddMeter(ApplicationTelemetry.Name).AddOtlpExporter().Build();
    }

    /// <summary>True when an exporter endpoint is configured in <paramref name="environment"/> (default: the process environment).</summary>
    public static bool IsConfigured(Func<string, string?>? environment = null) =>
        !string.IsNullOrWhiteSpace((environment ?? Environment.GetEnvironmentVariable)(EndpointVariable));

    public void Dispose()
    {
        _traces.Dispose();
        _metrics.Dispose();
    }
}
