namespace Ouroboros.Application.LlmUsage;

/// <summary>The summary of the logged model calls in <see cref="Window"/>, read from the journal at <see cref="Journal"/>.</summary>
public sealed record LlmUsageResult(LlmUsageSummary Summary, LlmUsageWindow Window, string Journal);
