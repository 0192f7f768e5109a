using Ouroboros.Application.Telemetry;

namespace Ouroboros.Application.LlmUsage;

/// <summary>The UTC days to summarise: the last <see cref="Days"/> (default 7), or <see cref="From"/> to <see cref="To"/> (default today).</summary>
public sealed record LlmUsageRequest(int? Days = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The summary of the logged model calls in <see cref="Window"/>, read from the journal at <see cref="Journal"/>.</summary>
public sealed record LlmUsageResult(LlmUsageSummary Summary, LlmUsageWindow Window, string Journal);

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
}
