using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Ai.Tests.Support;
using Ouroboros.Core.Language;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Ai.Tests.Routing;

/// <summary>The router with the per-provider circuit breaker: a provider that keeps failing is skipped fast, and counted.</summary>
public sealed class LlmRouterBreakerTests
{
    private static readonly ChatRequest Request = new("system text", "user text", "decision", """{"type":"object"}""");
    private readonly FakeClock _clock = new();
    private readonly InMemoryLlmCallLog _log = new();

    private static ScriptedChatModel NeverAnswers(string provider) =>
        new(provider, "m", _ => ChatResult.Fail(new ChatFailure(ChatFailureKind.Timeout, "no answer in time", null, null), TimeSpan.FromSeconds(60)));

    private LlmRouter Router(params ScriptedChatModel[] models)
    {
        var profiles = models.Select(m => new ModelProfile(m.Provider + "-profile", ModelTier.Quick, m)).ToList();
        var routes = new RouteTable(
            new Dictionary<LlmTask, IReadOnlyList<string>> { [LlmTask.TradingDecision] = [.. profiles.Select(p => p.Name)] },
            new Dictionary<LlmTask, TimeSpan>());
        return new LlmRouter(new RouterSetup(profiles, routes, BudgetBook.Unlimited(), PriceTable.Empty, _clock, _log,
            Retry: RetryOptions.Default, Delay: (_, _) => Task.CompletedTask, Breaker: new CircuitBreakerOptions(3, TimeSpan.FromSeconds(60))));
    }

    [Fact]
    public async Task A_provider_that_never_answers_is_called_three_times_then_skipped_and_every_request_is_counted()
    {
        var model = NeverAnswers("openai");
        var router = Router(model);

        for (var i = 0; i < 10; i++)
        {
            var answer = await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);
            answer.Answered.ShouldBeFalse();
        }

        model.Requests.Count.ShouldBe(3);
        router.Tally.Requests.ShouldBe(10);
        router.Tally.FailedCalls.ShouldBe(3);
        router.Tally.SkippedProviderDown.ShouldBe(9);
        router.Tally.Unanswered.ShouldBe(10);
        _log.Calls.Count(c => c.Outcome == LlmRouter.ProviderDownOutcome).ShouldBe(9);
    }

    [Fact]
    public async Task After_the_cool_off_one_probe_is_sent_and_a_success_closes_the_circuit()
    {
        var model = NeverAnswers("openai");
        var router = Router(model);
        await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(60));
        model.Then(ChatResult.Success("back", 10, 5, TimeSpan.FromMilliseconds(5), "stop"));
        var answer = await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        answer.Text.ShouldBe("back");
        model.Requests.Count.ShouldBe(4);
        router.Breaker.StateOf("openai", _clock.GetUtcNow()).ShouldBe(BreakerState.Closed);
    }

    [Fact]
    public async Task A_failed_probe_opens_the_circuit_again_after_a_single_call()
    {
        var model = NeverAnswers("openai");
        var router = Router(model);
        await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(61));
        await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        model.Requests.Count.ShouldBe(4);
        router.Breaker.StateOf("openai", _clock.GetUtcNow()).ShouldBe(BreakerState.Open);
    }

    [Fact]
    public async Task While_one_provider_is_down_the_route_falls_back_to_the_next_at_once_and_counts_it()
    {
        var down = NeverAnswers("openai");
        var up = new ScriptedChatModel("gemini", "g");
        var router = Router(down, up);

        for (var i = 0; i < 5; i++)
            (await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None)).Provider.ShouldBe("gemini");

        down.Requests.Count.ShouldBe(3);
        up.Requests.Count.ShouldBe(5);
        router.Tally.Answered.ShouldBe(5);
        router.Tally.ProfileFallbacks.ShouldBe(5);
        router.Tally.SkippedProviderDown.ShouldBe(4);
        router.Tally.Unanswered.ShouldBe(0);
    }

    [Fact]
    public async Task An_invalid_request_does_not_count_towards_marking_the_provider_down()
    {
        var model = new ScriptedChatModel("openai", "m",
            _ => ChatResult.Fail(new ChatFailure(ChatFailureKind.InvalidRequest, "bad schema", 400, null), TimeSpan.FromMilliseconds(5)));
        var router = Router(model);

        for (var i = 0; i < 5; i++) await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        model.Requests.Count.ShouldBe(5);
        router.Tally.SkippedProviderDown.ShouldBe(0);
    }
}
