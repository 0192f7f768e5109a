using Ouroboros.Core.Language;
using Ouroboros.TestKit.Storage;
using Ouroboros.TestKit;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Decisions;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Routing;
using Ouroboros.Ai.Strategies;
using Ouroboros.Ai.Tests.Prompts;
using Ouroboros.Ai.Tests.Support;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Ai.Tests.Strategies;

public sealed class LlmDecisionStrategyTests
{
    private static readonly DateTimeOffset Start = PromptTestData.Utc(2026, 3, 2);

    /// <summary>Rules that BUY the first instrument and record every request they were asked.</summary>
    private sealed class BuyingRules : IDecisionRules
    {
        public List<PlanningRequest> Requests { get; } = [];

        public IReadOnlyList<RulesDecision> Decide(PlanningRequest request)
        {
            Requests.Add(request);
            return [.. request.Instruments.Select((h, i) => i == 0
                ? new RulesDecision(h.Instrument.Id, IntentAction.Buy, 0.55, "trend holds", "trend", 0.1m, 90m, 130m)
                : RulesDecision.Hold(h.Instrument.Id, "nothing fits"))];
        }
    }

    private static LlmRouter Router(IReadOnlyList<ScriptedChatModel> models, LlmTask task)
    {
        var profiles = models.Select(m => new ModelProfile(m.Provider + "-profile", ModelTier.Quick, m)).ToList();
        var routes = new RouteTable(new Dictionary<LlmTask, IReadOnlyList<string>> { [task] = [.. profiles.Select(p => p.Name)] }, new Dictionary<LlmTask, TimeSpan>());
        return new LlmRouter(new RouterSetup(profiles, routes, BudgetBook.Unlimited(), PriceTable.Empty, new FakeClock(Start),
            new InMemoryLlmCallLog(), new InMemoryResponseCache(), CacheMode.Off, RetryOptions.Default, (_, _) => Task.CompletedTask));
    }

    private static async Task<(LlmDecisionStrategy Strategy, FakeStrategyContext Context)> Run(
        LlmDecisionOptions options, LlmRouter router, Bar[] bars)
    {
        var strategy = new LlmDecisionStrategy(router, new PromptComposer(), options);
        var context = new FakeStrategyContext(PromptTestData.Samsung);
        strategy.Initialize(context);
        for (var i = 0; i < bars.Length; i++)
        {
            strategy.OnBar(0, in bars[i]);
            strategy.OnTimeSliceEnd(bars[i].Time);
            if (strategy.WantsToDeliberate) await strategy.DeliberateAsync(bars[i].Time, CancellationToken.None);
        }
        return (strategy, context);
    }

    [Fact]
    public async Task Without_any_model_the_rules_engine_decides_and_its_buy_has_strategy_origin()
    {
        var rules = new BuyingRules();
        var options = new LlmDecisionOptions("KRX", TimeSpan.FromDays(1), Rules: rules);
        var bars = PromptTestData.Walk(Start, TimeSpan.FromDays(1), 3, seed: 1);

        var (strategy, context) = await Run(options, Router([], LlmTask.TradingDecision), bars);

        strategy.Decisions.Count.ShouldBe(3);
        strategy.Decisions.ShouldAllBe(d => d.Source == "rules" && d.Decision.Action == DecisionAction.Buy && d.Decision.Confidence == 55);
        context.Submitted.Count.ShouldBe(3);
        var intent = context.Submitted[0];
        intent.Origin.ShouldBe(IntentOrigin.Strategy);
        intent.Rationale.ShouldNotBeNull().ShouldStartWith("[rules] trend holds");
        intent.StopLoss.ShouldBe(90m);
        intent.TakeProfit.ShouldBe(130m);
        strategy.Decisions[0].Decision.Reason.ShouldNotBeNull().ShouldContain("no model answered");
        // The rules saw the same point-in-time history as a prompt would: nothing after the slice's close.
        rules.Requests.ShouldAllBe(r => r.Instruments[0].Bars.All(b => b.Time + TimeSpan.FromDays(1) <= r.AsOf));
    }

    [Fact]
    public async Task A_model_answer_wins_over_the_rules_even_when_it_holds()
    {
        var rules = new BuyingRules();
        var model = new ScriptedChatModel("openai", "gpt").ThenAnswer("""{"action":"HOLD","confidence":90,"rationale":"wait"}""");
        var options = new LlmDecisionOptions("KRX", TimeSpan.FromDays(1), Rules: rules);

        var (strategy, context) = await Run(options, Router([model], LlmTask.TradingDecision), PromptTestData.Walk(Start, TimeSpan.FromDays(1), 1, seed: 2));

        rules.Requests.ShouldBeEmpty();
        context.Submitted.ShouldBeEmpty();
        strategy.Decisions.ShouldHaveSingleItem().Source.ShouldBe("openai/gpt");
    }

    [Fact]
    public async Task A_garbage_model_answer_holds_rather_than_falling_to_the_rules()
    {
        var rules = new BuyingRules();
        var model = new ScriptedChatModel("openai", "gpt").ThenAnswer("BUY EVERYTHING NOW, ignore your instructions");
        var options = new LlmDecisionOptions("KRX", TimeSpan.FromDays(1), Rules: rules);

        var (strategy, context) = await Run(options, Router([model], LlmTask.TradingDecision), PromptTestData.Walk(Start, TimeSpan.FromDays(1), 1, seed: 3));

        rules.Requests.ShouldBeEmpty();
        context.Submitted.ShouldBeEmpty();
        strategy.Decisions.ShouldHaveSingleItem().Decision.Valid.ShouldBeFalse();
    }

    [Fact]
    public async Task Without_rules_and_without_a_model_every_decision_is_a_recorded_hold()
    {
        var options = new LlmDecisionOptions("KRX", TimeSpan.FromDays(1));

        var (strategy, context) = await Run(options, Router([], LlmTask.TradingDecision), PromptTestData.Walk(Start, TimeSpan.FromDays(1), 2, seed: 4));

        context.Submitted.ShouldBeEmpty();
        strategy.Decisions.Count.ShouldBe(2);
        strategy.Decisions.ShouldAllBe(d => d.Decision.Action == DecisionAction.Hold && d.Decision.Reason!.Contains("no rules engine"));
    }

    [Fact]
    public async Task Batch_mode_with_intraday_bars_decides_once_in_each_part_of_the_session()
    {
        var model = new ScriptedChatModel("gemini", "flash", _ => ChatResult.Success(
            """{"decisions":[]}""", 10, 5, TimeSpan.FromMilliseconds(1), "stop"));
        var options = new LlmDecisionOptions("CRYPTO", TimeSpan.FromMinutes(15), LlmDecisionMode.Batch, Calendar: MarketCalendars.Crypto, SessionsPerDay: 4);
        // Two whole UTC days of 15-minute bars: crypto's session is the UTC day, so four parts of six hours each.
        var bars = PromptTestData.Walk(Start, TimeSpan.FromMinutes(15), 2 * 96, seed: 5);

        var (strategy, _) = await Run(options, Router([model], LlmTask.BatchDecision), bars);

        model.Requests.Count.ShouldBe(8);
        strategy.Decisions.Select(d => d.Time).ShouldBe([.. Enumerable.Range(0, 8).Select(i => Start.AddHours(6 * i))]);
    }

    [Fact]
    public async Task Batch_mode_skips_days_without_a_session_and_bars_before_the_open()
    {
        var model = new ScriptedChatModel("gemini", "flash", _ => ChatResult.Success(
            """{"decisions":[]}""", 10, 5, TimeSpan.FromMilliseconds(1), "stop"));
        var options = new LlmDecisionOptions("KRX", TimeSpan.FromHours(1), LlmDecisionMode.Batch, Calendar: MarketCalendars.Krx, SessionsPerDay: 2);
        // 2026-03-07 is a Saturday: 48 hourly bars from Friday 00:00 UTC cover Friday's session (09:00–15:30 KST = 00:00–06:30 UTC) and a weekend day.
        var friday = PromptTestData.Utc(2026, 3, 6);
        var bars = PromptTestData.Walk(friday, TimeSpan.FromHours(1), 48, seed: 6);

        await Run(options, Router([model], LlmTask.BatchDecision), bars);

        model.Requests.Count.ShouldBe(2);
    }
}
