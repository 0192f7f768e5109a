using Ouroboros.Ai.Prompts;
using static Ouroboros.Ai.Tests.Prompts.PromptTestData;

namespace Ouroboros.Ai.Tests.Prompts;

public sealed class PromptTruncationTests
{
    private static readonly DateTimeOffset AsOf = Utc(2025, 6, 2);

    private static PromptContext Context(int memoryLines = 20, int candidates = 4) => PromptContextBuilder.Build(
        "KRX",
        AsOf,
        [new PromptInstrument(Samsung, Walk(Utc(2024, 6, 1), TimeSpan.FromDays(1), 360, 7), TimeSpan.FromDays(1), 5m, 95m)],
        ["max position 15% of equity"],
        Enumerable.Range(1, memoryLines).Select(i => $"memory {i:000}: a lesson long enough to cost a few tokens each time it is shown"),
        Enumerable.Range(1, candidates).Select(i => $"candidate {i}: a selection note that takes some room in the prompt as well"));

    private static BuiltPrompt Build(PromptContext context, int budget) =>
        new PromptComposer().Build(PromptKind.BatchDecision, context, new PromptSettings { Budget = budget });

    [Fact]
    public void A_prompt_within_its_budget_is_not_cut()
    {
        var prompt = Build(Context(), 100_000);
        prompt.Truncations.ShouldBeEmpty();
        prompt.OverBudget.ShouldBeFalse();
        prompt.EstimatedTokens.ShouldBe(TokenEstimator.Estimate(prompt.System) + TokenEstimator.Estimate(prompt.User));
    }

    [Fact]
    public void Memory_is_cut_first_oldest_lines_first_and_only_as_far_as_needed()
    {
        var full = Build(Context(), 100_000);
        var prompt = Build(Context(), full.EstimatedTokens - 60);

        prompt.Truncations.Count.ShouldBe(1);
        prompt.Truncations[0].ShouldStartWith("memory:");
        prompt.User.ShouldNotContain("memory 001");
        prompt.User.ShouldContain("memory 020");
        prompt.EstimatedTokens.ShouldBeLessThanOrEqualTo(prompt.Budget);
        prompt.OverBudget.ShouldBeFalse();
    }

    [Fact]
    public void After_memory_rows_are_cut_finest_timeframe_first_then_coarser_timeframes_then_candidates()
    {
        string[] order = ["memory", "rows", "timeframe", "candidates"];
        IReadOnlyList<string> tightest = [];
        for (var budget = 8_000; budget >= 200; budget -= 100)
        {
            var prompt = Build(Context(), budget);
            var ranks = prompt.Truncations.Select(t => Array.IndexOf(order, Kind(t))).ToArray();
            ranks.ShouldAllBe(r => r >= 0);
            ranks.ShouldBe([.. ranks.Order()], $"budget {budget}: {string.Join(" | ", prompt.Truncations)}");
            if (!prompt.OverBudget) prompt.EstimatedTokens.ShouldBeLessThanOrEqualTo(budget);
            tightest = prompt.Truncations;
        }
        tightest.Select(Kind).ShouldBe(["memory", "rows", "rows", "timeframe", "candidates"]);
        tightest[1].ShouldStartWith("rows: 1d");
        tightest[2].ShouldStartWith("rows: 1w");
        tightest[3].ShouldBe("timeframe: 1w left out");
    }

    [Fact]
    public void Rows_are_never_cut_below_ten_per_timeframe_and_an_impossible_budget_is_flagged()
    {
        var prompt = Build(Context(), 50);

        prompt.OverBudget.ShouldBeTrue();
        prompt.Truncations.ShouldContain(t => t.StartsWith("rows: 1d cut to the last 10 rows", StringComparison.Ordinal));
        prompt.User.ShouldContain("### 1d, last 10 of 360 bars");
        prompt.User.ShouldContain("candidate 1:");
        prompt.User.ShouldNotContain("candidate 2:");
        prompt.User.ShouldNotContain("### 1w");
    }

    private static string Kind(string truncation) => truncation.Split(':')[0];
}
