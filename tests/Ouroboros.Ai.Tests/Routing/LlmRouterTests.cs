using Ouroboros.Core.Language;
using Ouroboros.TestKit.Storage;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;
using Ouroboros.Ai.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Ai.Tests.Routing;

public sealed class LlmRouterTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChatRequest Request = new("system text", "user text about KRX:069500", "decision", """{"type":"object"}""");

    private readonly FakeClock _clock = new(Noon);
    private readonly InMemoryLlmCallLog _log = new();
    private readonly InMemoryResponseCache _cache = new();
    private readonly List<TimeSpan> _delays = [];

    private LlmRouter Router(IEnumerable<ScriptedChatModel> models, BudgetBook? budgets = null, CacheMode cache = CacheMode.Off,
        PriceTable? prices = null, RetryOptions? retry = null)
    {
        var profiles = models.Select(m => new ModelProfile(m.Provider + "-profile", ModelTier.Quick, m)).ToList();
        var routes = new RouteTable(
            new Dictionary<LlmTask, IReadOnlyList<string>> { [LlmTask.TradingDecision] = [.. profiles.Select(p => p.Name)] },
            new Dictionary<LlmTask, TimeSpan>());
        return new LlmRouter(new RouterSetup(profiles, routes, budgets ?? BudgetBook.Unlimited(), prices ?? PriceTable.Empty, _clock,
            _log, _cache, cache, retry ?? RetryOptions.Default, (d, _) =>
            {
                _delays.Add(d);
                return Task.CompletedTask;
            }));
    }

    [Fact]
    public async Task Router_returns_the_first_answer_and_logs_it_priced()
    {
        var model = new ScriptedChatModel("openai", "gpt-5.1").ThenAnswer("hello", 1000, 500);
        var prices = new PriceTable(new Dictionary<string, ModelPrice> { ["gpt-5.1"] = new(1.25m, 10m) });

        var answer = await Router([model], prices: prices).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        answer.Text.ShouldBe("hello");
        answer.Cost.ShouldBe(0.00625m);
        var call = _log.Calls.ShouldHaveSingleItem();
        call.Task.ShouldBe("trading-decision");
        call.Outcome.ShouldBe("ok");
        call.Cost.ShouldBe(0.00625m);
        call.PromptHash.ShouldBe(PromptHash.Of(Request));
        model.Requests.Single().Timeout.ShouldBe(RouteTable.DefaultTimeout);
    }

    [Fact]
    public async Task Router_retries_a_rate_limit_after_the_delay_the_provider_asked_for()
    {
        var model = new ScriptedChatModel("openai", "m").ThenFail(ChatFailureKind.RateLimited, TimeSpan.FromSeconds(7), 429).ThenAnswer("ok");

        var answer = await Router([model]).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        answer.Text.ShouldBe("ok");
        _delays.ShouldBe([TimeSpan.FromSeconds(7)]);
        _log.Calls.Select(c => c.Outcome).ShouldBe(["rate-limited", "ok"]);
    }

    [Fact]
    public async Task Router_backs_off_exponentially_and_longer_for_overload()
    {
        var model = new ScriptedChatModel("anthropic", "m")
            .ThenFail(ChatFailureKind.ServerError, status: 500).ThenFail(ChatFailureKind.Overloaded, status: 529).ThenAnswer("ok");
        var retry = new RetryOptions(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

        await Router([model], retry: retry).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        _delays.ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)]);
    }

    [Fact]
    public async Task Router_falls_back_to_the_next_profile_after_the_retries_are_used_up()
    {
        var first = new ScriptedChatModel("anthropic", "a").ThenFail(ChatFailureKind.Overloaded).ThenFail(ChatFailureKind.Overloaded).ThenFail(ChatFailureKind.Overloaded);
        var second = new ScriptedChatModel("gemini", "g").ThenAnswer("from gemini");

        var answer = await Router([first, second]).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        answer.Text.ShouldBe("from gemini");
        answer.Provider.ShouldBe("gemini");
        answer.Notes.ShouldHaveSingleItem().ShouldContain("after 3 attempts");
        first.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Router_does_not_retry_what_cannot_succeed_and_does_not_wait_for_a_retry_after_beyond_the_cap()
    {
        var auth = new ScriptedChatModel("openai", "o").ThenFail(ChatFailureKind.Auth, status: 401);
        var slow = new ScriptedChatModel("gemini", "g").ThenFail(ChatFailureKind.RateLimited, TimeSpan.FromMinutes(10), 429);

        var answer = await Router([auth, slow]).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        answer.Answered.ShouldBeFalse();
        answer.NoAnswerReason!.ShouldContain("auth");
        answer.NoAnswerReason!.ShouldContain("asked to wait 600 s");
        _delays.ShouldBeEmpty();
        auth.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Router_skips_a_provider_whose_daily_call_budget_is_spent_and_says_so()
    {
        var budgets = new BudgetBook(new Dictionary<string, BudgetLimits> { ["gemini"] = new(CallsPerDay: 2) }, new Dictionary<string, BudgetLimits>());
        var gemini = new ScriptedChatModel("gemini", "g");
        var openai = new ScriptedChatModel("openai", "o");
        var router = Router([gemini, openai], budgets);

        for (var i = 0; i < 3; i++) await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        gemini.Requests.Count.ShouldBe(2);
        openai.Requests.Count.ShouldBe(1);
        _log.Calls.Select(c => c.Outcome).ShouldBe(["ok", "ok", "budget-spent", "ok"]);
        _log.Calls[2].Error!.ShouldContain("2 of 2 calls per day spent");

        _clock.SetUtcNow(Noon.AddDays(1));
        await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);
        gemini.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_spent_budget_with_no_other_profile_leaves_no_answer_rather_than_failing()
    {
        var budgets = new BudgetBook(new Dictionary<string, BudgetLimits>(), new Dictionary<string, BudgetLimits> { ["trading-decision"] = new(TokensPerDay: 100) });
        var model = new ScriptedChatModel("openai", "o").ThenAnswer("first", 80, 30);
        var router = Router([model], budgets);

        (await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None)).Answered.ShouldBeTrue();
        var second = await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        second.Answered.ShouldBeFalse();
        second.NoAnswerReason!.ShouldContain("110 of 100 tokens per day spent");
    }

    [Fact]
    public async Task An_answer_without_usage_is_charged_an_estimate_so_token_budgets_still_bind()
    {
        var budgets = new BudgetBook(new Dictionary<string, BudgetLimits> { ["ollama"] = new(TokensPerDay: 20) }, new Dictionary<string, BudgetLimits>());
        var model = new ScriptedChatModel("ollama", "llama3.1").Then(ChatResult.Success("an answer of thirty bytes....", null, null, TimeSpan.FromMilliseconds(9)));
        var router = Router([model], budgets);

        (await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None)).Answered.ShouldBeTrue();
        var second = await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        // "system text" (11 bytes) + "user text about KRX:069500" (26 bytes) → 4 + 9 tokens in; 29 bytes out → 10 tokens.
        var logged = _log.Calls[0];
        (logged.TokensIn, logged.TokensOut).ShouldBe((13, 10));
        logged.Error.ShouldBe(LlmRouter.UsageEstimated);
        second.Answered.ShouldBeFalse();
        second.NoAnswerReason!.ShouldContain("23 of 20 tokens per day spent");
    }

    [Fact]
    public async Task A_money_limit_refuses_a_model_without_a_price_instead_of_assuming_it_is_free()
    {
        var budgets = new BudgetBook(new Dictionary<string, BudgetLimits> { ["openai"] = new(MoneyPerDay: 1m) }, new Dictionary<string, BudgetLimits>());
        var model = new ScriptedChatModel("openai", "unpriced-model");

        var answer = await Router([model], budgets).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        answer.Answered.ShouldBeFalse();
        answer.NoAnswerReason!.ShouldContain("has no price");
        model.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_quota_exhausted_provider_is_skipped_for_the_rest_of_its_day()
    {
        var gemini = new ScriptedChatModel("gemini", "g").ThenFail(ChatFailureKind.QuotaExhausted, status: 429);
        var openai = new ScriptedChatModel("openai", "o");
        var router = Router([gemini, openai]);

        await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);
        await router.CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        gemini.Requests.Count.ShouldBe(1);
        openai.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Record_stores_answers_and_replay_returns_them_without_calling_the_model()
    {
        var live = new ScriptedChatModel("openai", "o").ThenAnswer("recorded answer", 40, 9);
        await Router([live], cache: CacheMode.Record).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        var offline = new ScriptedChatModel("openai", "o");
        var replayed = await Router([offline], cache: CacheMode.Replay).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        replayed.Text.ShouldBe("recorded answer");
        replayed.CacheHit.ShouldBeTrue();
        replayed.TokensIn.ShouldBe(40);
        offline.Requests.ShouldBeEmpty();
        _log.Calls[^1].Outcome.ShouldBe("cache-hit");
    }

    [Fact]
    public async Task A_replay_miss_is_an_error_naming_the_prompt_never_a_live_call()
    {
        var model = new ScriptedChatModel("openai", "o");

        var e = await Should.ThrowAsync<LlmCacheMissException>(() =>
            Router([model], cache: CacheMode.Replay).CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None));

        e.Message.ShouldContain(PromptHash.Of(Request)[..12]);
        e.Message.ShouldContain("user text about KRX:069500");
        model.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_cache_key_includes_the_schema_so_a_different_schema_misses()
    {
        await Router([new ScriptedChatModel("openai", "o").ThenAnswer("a")], cache: CacheMode.Record)
            .CompleteAsync(LlmTask.TradingDecision, Request, CancellationToken.None);

        await Should.ThrowAsync<LlmCacheMissException>(() => Router([new ScriptedChatModel("openai", "o")], cache: CacheMode.Replay)
            .CompleteAsync(LlmTask.TradingDecision, Request with { JsonSchema = """{"type":"array"}""" }, CancellationToken.None));
    }

    [Fact]
    public async Task A_task_without_a_route_has_no_answer()
    {
        var answer = await Router([new ScriptedChatModel("openai", "o")]).CompleteAsync(LlmTask.Playbook, Request, CancellationToken.None);

        answer.Answered.ShouldBeFalse();
        answer.NoAnswerReason.ShouldBe("no model is configured for playbook");
    }

    [Fact]
    public void Budgets_are_seeded_from_recorded_calls_so_a_restart_does_not_reset_them()
    {
        var budgets = new BudgetBook(new Dictionary<string, BudgetLimits> { ["gemini"] = new(CallsPerDay: 20) }, new Dictionary<string, BudgetLimits>());
        budgets.Seed(Enumerable.Range(0, 20).Select(i => new Core.Ports.LlmCallRecord(Noon.AddMinutes(-i), "playbook", "gemini", "g", "h", 1, 1, null, 1, "ok", false)));

        budgets.Refusal("gemini", "playbook", Noon, costKnown: true)!.ShouldContain("20 of 20 calls");
    }

    [Fact]
    public void Gemini_style_budgets_reset_at_midnight_in_their_own_time_zone()
    {
        var pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var budgets = new BudgetBook(new Dictionary<string, BudgetLimits> { ["gemini"] = new(CallsPerDay: 1, ResetZone: pacific) }, new Dictionary<string, BudgetLimits>());
        var beforeMidnightPacific = new DateTimeOffset(2026, 3, 11, 6, 30, 0, TimeSpan.Zero); // 23:30 PDT on the 10th
        budgets.Charge("gemini", "playbook", beforeMidnightPacific, 1, 1, null);

        budgets.Refusal("gemini", "playbook", beforeMidnightPacific.AddMinutes(20), true).ShouldNotBeNull();
        budgets.Refusal("gemini", "playbook", beforeMidnightPacific.AddMinutes(40), true).ShouldBeNull();
    }

    [Fact]
    public void Price_table_parses_every_entry_and_reports_every_bad_one()
    {
        var table = PriceTable.Parse("gpt-5.1=1.25/10; llama3=0/0; broken; gemini=x/1", out var problems);

        table.CostOf("gpt-5.1-2025-11-13", 1_000_000, 100_000).ShouldBe(2.25m);
        table.CostOf("llama3", 5000, 5000).ShouldBe(0m);
        table.CostOf("unknown", 10, 10).ShouldBeNull();
        table.CostOf("gpt-5.1", null, 10).ShouldBeNull();
        problems.Count.ShouldBe(2);
    }
}
