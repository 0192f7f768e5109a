namespace Ouroboros.Application.LlmUsage;

/// <summary>The UTC days to summarise: the last <see cref="Days"/> (default 7), or <see cref="From"/> to <see cref="To"/> (default today).</summary>
public sealed record LlmUsageRequest(int? Days = null, DateOnly? From = null, DateOnly? To = null);
