using Ouroboros.Application.Telemetry;

namespace Ouroboros.Application.LlmUsage;

/// <summary>What the models were used for and what it cost, per UTC day, task and model, from the call log.</summary>
public sealed class LlmUsageQuery(IJournal journal, TimeProvider clock)
{
    public async Task<LlmUsageResult> ExecuteAsync(LlmUsageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var window = LlmUsageWindow.Of(request.Days, request.From, request.To, clock.GetUtcNow());
        using var activity = ApplicationTelemetry.Start("llm.usage");
        var log = await journal.LlmCallsAsync(cancellationToken).ConfigureAwait(false);
        var calls = await log.ListAsync(window.From, window.To, cancellationToken).ConfigureAwait(false);
        return new LlmUsageResult(LlmUsageSummary.From(calls), window, journal.Path);
    }

    /// <summary>The calls themselves in the request's window, oldest first.</summary>
    public async Task<(LlmUsageWindow Window, IReadOnlyList<Core.Ports.LlmCallRecord> Calls)> CallsAsync(LlmUsageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var window = LlmUsageWindow.Of(request.Days, request.From, request.To, clock.GetUtcNow());
        using var activity = ApplicationTelemetry.Start("llm.calls");
        var log = await journal.LlmCallsAsync(cancellationToken).ConfigureAwait(false);
        return (window, await log.ListAsync(window.From, window.To, cancellationToken).ConfigureAwait(false));
    }
}
