using Ouroboros.Application.LlmUsage;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Tests.Monitoring;

/// <summary>LLM cost grouped by day, task or model: sums of known costs only, unknown costs never read as zero.</summary>
public sealed class LlmCostBreakdownTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 3, 18, 23, 0, 0, TimeSpan.Zero);

    private static LlmCallRecord Call(DateTimeOffset time, string task, string model, decimal? cost) =>
        new(time, task, "openai", model, "hash", 100, 20, cost, 120, "ok", false);

    private static readonly LlmCallRecord[] Calls =
    [
        Call(Day1, "playbook", "gpt-a", 0.10m),
        Call(Day1.AddHours(2), "playbook", "gpt-b", 0.05m),
        Call(Day1.AddHours(2), "decision", "gpt-a", null),
    ];

    [Fact]
    public void Calls_group_by_utc_day_task_or_model_with_their_known_costs()
    {
        LlmCostBreakdown.Of(Calls, "day").Select(r => (r.Key, r.Figures.Calls, r.Figures.Cost)).ShouldBe([("2026-03-18", 1, 0.10m), ("2026-03-19", 2, 0.05m)]);
        LlmCostBreakdown.Of(Calls, "task").Select(r => (r.Key, r.Figures.Cost)).ShouldBe([("decision", (decimal?)null), ("playbook", 0.15m)]);
        LlmCostBreakdown.Of(Calls, "model").Select(r => (r.Key, r.Figures.Unpriced)).ShouldBe([("openai/gpt-a", 1), ("openai/gpt-b", 0)]);
    }

    [Fact]
    public void An_unknown_grouping_is_refused_naming_the_choices()
    {
        var error = Should.Throw<InvalidInputException>(() => LlmCostBreakdown.Of(Calls, "week"));
        error.Input.ShouldBe("by");
        error.Message.ShouldContain("day, task, model");
    }
}
