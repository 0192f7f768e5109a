namespace Ouroboros.Application.LlmUsage;

/// <summary>One group of calls (a day, a task or a provider/model) and its figures.</summary>
public sealed record LlmCostRow(string Key, LlmUsageSummary.Figures Figures);
