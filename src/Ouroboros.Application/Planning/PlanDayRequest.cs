using Ouroboros.Ai.Routing;

namespace Ouroboros.Application.Planning;

/// <summary>
/// The playbook for one market and day. <see cref="Market"/>: KR, US or a calendar's name; <see cref="Data"/>: daily
/// CSV files or folders; <see cref="Planner"/>: "llm" or "rules" (null: llm when a provider is configured, else rules);
/// <see cref="Cache"/>: the LLM response cache mode (null: the configured one).
/// </summary>
public sealed record PlanDayRequest(string Market, DateOnly Date, IReadOnlyList<string> Data, string? Planner = null, CacheMode? Cache = null);
