using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Ports;
using Ouroboros.Application.LlmUsage;

namespace Ouroboros.Application.Tests.LlmUsage;

/// <summary>The `llm usage` figures: grouping, what counts as a call, and unknown usage or cost never read as zero.</summary>
public sealed class LlmUsageSummaryTests
{
    private static readonly DateTimeOffset Day1 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static LlmCallRecord Call(DateTimeOffset time, string outcome = "ok", string task = "trading-decision", string provider = "openai",
        string model = "gpt-5.1", int? tokensIn = 100, int? tokensOut = 20, decimal? cost = 0.001m, double latencyMs = 500, bool cacheHit = false) =>
        new(time, task, provider, model, "hash", tokensIn, tokensOut, cost, latencyMs, outcome, cacheHit);

    [Fact]
    public void Calls_are_grouped_by_utc_day_task_and_model_in_order()
    {
        var summary = LlmUsageSummary.From(
        [
            Call(Day1.AddDays(1), task: "playbook"),
            Call(Day1, model: "gpt-4o-mini"),
            Call(Day1.AddHours(3)),
            Call(Day1, task: "playbook", provider: "gemini", model: "gemini-2.5-flash"),
            // 23:30 at UTC-5 is 04:30 the next UTC day.
            Call(new DateTimeOffset(2025, 3, 3, 23, 30, 0, TimeSpan.FromHours(-5))),
        ]);

        summary.Rows.Select(r => $"{r.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {r.Task} {r.Provider}/{r.Model} {r.Figures.Calls}").ShouldBe(
        [
            "2025-03-03 playbook gemini/gemini-2.5-flash 1",
            "2025-03-03 trading-decision openai/gpt-4o-mini 1",
            "2025-03-03 trading-decision openai/gpt-5.1 1",
            "2025-03-04 playbook openai/gpt-5.1 1",
            "2025-03-04 trading-decision openai/gpt-5.1 1",
        ]);
        summary.Totals.Calls.ShouldBe(5);
    }

    [Fact]
    public void Cache_hits_and_budget_refusals_are_counted_apart_from_calls_and_spend_nothing()
    {
        var summary = LlmUsageSummary.From(
        [
            Call(Day1, tokensIn: 100, tokensOut: 20, cost: 0.002m, latencyMs: 800),
            Call(Day1, outcome: "cache-hit", tokensIn: 100, tokensOut: 20, cost: 0m, latencyMs: 0, cacheHit: true),
            Call(Day1, outcome: "budget-spent", tokensIn: null, tokensOut: null, cost: null, latencyMs: 0),
            Call(Day1, outcome: "server-error", tokensIn: null, tokensOut: null, cost: null, latencyMs: 200),
        ]);

        var f = summary.Rows.ShouldHaveSingleItem().Figures;
        f.Calls.ShouldBe(2);
        f.Ok.ShouldBe(1);
        f.Failed.ShouldBe(1);
        f.Failures.ShouldBe(new Dictionary<string, int> { ["server-error"] = 1 });
        f.CacheHits.ShouldBe(1);
        f.BudgetSpent.ShouldBe(1);
        f.TokensIn.ShouldBe(100);
        f.TokensOut.ShouldBe(20);
        f.Cost.ShouldBe(0.002m);
        f.MedianLatencyMs.ShouldBe(500);
        summary.Totals.ShouldBeEquivalentTo(f);
    }

    [Fact]
    public void Unknown_usage_and_cost_are_counted_as_unknown_not_as_zero()
    {
        var summary = LlmUsageSummary.From(
        [
            Call(Day1, tokensIn: 300, tokensOut: 40, cost: 0.01m),
            Call(Day1, tokensIn: null, tokensOut: null, cost: null),
            Call(Day1, tokensIn: 50, tokensOut: 5, cost: null),
        ]);

        var f = summary.Totals;
        f.TokensIn.ShouldBe(350);
        f.TokensOut.ShouldBe(45);
        f.UnknownUsage.ShouldBe(1);
        f.Cost.ShouldBe(0.01m);
        f.Unpriced.ShouldBe(2);
    }

    [Fact]
    public void Figures_with_no_known_usage_or_cost_are_null()
    {
        var f = LlmUsageSummary.From([Call(Day1, model: "llama3", tokensIn: null, tokensOut: null, cost: null)]).Totals;

        f.TokensIn.ShouldBeNull();
        f.TokensOut.ShouldBeNull();
        f.Cost.ShouldBeNull();
        f.UnknownUsage.ShouldBe(1);
        f.Unpriced.ShouldBe(1);
    }

    [Fact]
    public void No_calls_give_an_empty_summary_with_null_figures()
    {
        var summary = LlmUsageSummary.From([]);

        summary.IsEmpty.ShouldBeTrue();
        summary.Totals.Calls.ShouldBe(0);
        summary.Totals.MedianLatencyMs.ShouldBeNull();
        summary.Totals.Cost.ShouldBeNull();
        summary.Totals.TokensIn.ShouldBeNull();
    }

    [Theory]
    [InlineData(new[] { 300.0 }, 300.0)]
    [InlineData(new[] { 900.0, 100.0, 500.0 }, 500.0)]
    [InlineData(new[] { 400.0, 100.0, 200.0, 1000.0 }, 300.0)]
    public void Median_latency_is_the_middle_call_or_the_mean_of_the_two_middle_ones(double[] latencies, double median)
    {
        var f = LlmUsageSummary.From([.. latencies.Select(l => Call(Day1, latencyMs: l))]).Totals;

        f.MedianLatencyMs.ShouldBe(median);
    }

    [Fact]
    public void Failures_are_listed_by_outcome()
    {
        var f = LlmUsageSummary.From(
        [
            Call(Day1, outcome: "timeout", tokensIn: null, tokensOut: null, cost: null),
            Call(Day1, outcome: "rate-limited", tokensIn: null, tokensOut: null, cost: null),
            Call(Day1, outcome: "timeout", tokensIn: null, tokensOut: null, cost: null),
        ]).Totals;

        f.Failures.ShouldBe(new Dictionary<string, int> { ["rate-limited"] = 1, ["timeout"] = 2 });
        f.Ok.ShouldBe(0);
        f.Failed.ShouldBe(3);
    }

    [Fact]
    public void Totals_add_up_the_rows()
    {
        var outcomes = new[] { "ok", "ok", "server-error", "cache-hit", "budget-spent", "timeout" };
        var tasks = new[] { "playbook", "chat", "trading-decision" };
        var gen =
            from day in Gen.Choose(0, 3)
            from task in Gen.Elements(tasks)
            from outcome in Gen.Elements(outcomes)
            from tokens in Gen.Choose(0, 5000)
            from known in Gen.Elements(true, false)
            select Call(Day1.AddDays(day), outcome, task, tokensIn: known ? tokens : null, tokensOut: known ? tokens / 10 : null,
                cost: known ? tokens / 1_000_000m : null, cacheHit: outcome == "cache-hit");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(gen.ListOf().ToArbitrary(), calls =>
        {
            var s = LlmUsageSummary.From(calls);
            var rows = s.Rows.Select(r => r.Figures).ToList();
            s.Totals.Calls.ShouldBe(rows.Sum(r => r.Calls));
            s.Totals.Ok.ShouldBe(rows.Sum(r => r.Ok));
            s.Totals.CacheHits.ShouldBe(rows.Sum(r => r.CacheHits));
            s.Totals.BudgetSpent.ShouldBe(rows.Sum(r => r.BudgetSpent));
            s.Totals.UnknownUsage.ShouldBe(rows.Sum(r => r.UnknownUsage));
            s.Totals.Unpriced.ShouldBe(rows.Sum(r => r.Unpriced));
            (s.Totals.TokensIn ?? 0).ShouldBe(rows.Sum(r => r.TokensIn ?? 0));
            (s.Totals.Cost ?? 0m).ShouldBe(rows.Sum(r => r.Cost ?? 0m));
            (s.Totals.Calls + s.Totals.CacheHits + s.Totals.BudgetSpent).ShouldBe(calls.Count);
        }));
    }
}
