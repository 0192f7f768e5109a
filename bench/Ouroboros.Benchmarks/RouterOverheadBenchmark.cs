using Ouroboros.Core.Language;
using BenchmarkDotNet.Attributes;
using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Providers;
using Ouroboros.Ai.Routing;

namespace Ouroboros.Benchmarks;

/// <summary>
/// What the router adds to one model call: <see cref="LlmRouter.CompleteAsync"/> over an in-process model that answers
/// at once (<see cref="CannedChatModel"/>), with provider and task budgets set (calls, tokens and money, far from
/// spent, so each call is checked and charged), a price table, the cache off and an in-memory call log, against
/// calling the same model directly (baseline). The request is either short (two lines) or the real decision prompt of
/// <see cref="PromptBuildBenchmark"/> (the router hashes the whole prompt). The setup checks the answer, its price,
/// the log entry and the budget charge.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RouterOverheadBenchmark
{
    private const string Answer = DecisionParserBenchmark.Clean;
    private CannedChatModel _model = null!;
    private LlmRouter _router = null!;
    private MemoryLlmCallLog _log = null!;
    private BudgetBook _budgets = null!;
    private ChatRequest _request = null!;

    [Params("short", "decision")]
    public string Prompt { get; set; } = "short";

    [GlobalSetup]
    public void Setup()
    {
        _request = Prompt == "short"
            ? new ChatRequest("system text", "user text about KRX:069500", "decision", ResponseSchemas.Decision)
            : DecisionRequest();
        _model = new CannedChatModel("openai", "gpt-5.1", Answer, 3_000, 120);
        _log = new MemoryLlmCallLog();
        var limits = new BudgetLimits(CallsPerDay: int.MaxValue, TokensPerDay: long.MaxValue, MoneyPerDay: 1_000_000_000m);
        _budgets = new BudgetBook(new Dictionary<string, BudgetLimits> { ["openai"] = limits }, new Dictionary<string, BudgetLimits> { ["trading-decision"] = limits });
        var profile = new ModelProfile("openai-quick", ModelTier.Quick, _model);
        var routes = new RouteTable(new Dictionary<LlmTask, IReadOnlyList<string>> { [LlmTask.TradingDecision] = [profile.Name] }, new Dictionary<LlmTask, TimeSpan>());
        var prices = new PriceTable(new Dictionary<string, ModelPrice> { ["gpt-5.1"] = new(1.25m, 10m) });
        _router = new LlmRouter(new RouterSetup([profile], routes, _budgets, prices, TimeProvider.System, _log, Cache: null, CacheMode.Off, RetryOptions.Default));

        var answer = _router.CompleteAsync(LlmTask.TradingDecision, _request, CancellationToken.None).GetAwaiter().GetResult();
        if (!answer.Answered || answer.Text != Answer || answer.Cost != 0.00495m || answer.CacheHit)
            throw new InvalidOperationException($"the router answered {answer}");
        if (_log.Count != 1 || _log.Last is not { Outcome: "ok", Cost: 0.00495m } call || call.PromptHash != PromptHash.Of(_request))
            throw new InvalidOperationException("the call was not logged as priced");
        if (_budgets.SpentToday("openai", TimeProvider.System.GetUtcNow()).Calls != 1)
            throw new InvalidOperationException("the call was not charged to the budget");
    }

    [Benchmark(Baseline = true)]
    public async Task<string?> Direct() => (await _model.CompleteAsync(_request, CancellationToken.None).ConfigureAwait(false)).Text;

    [Benchmark]
    public async Task<string?> Routed() => (await _router.CompleteAsync(LlmTask.TradingDecision, _request, CancellationToken.None).ConfigureAwait(false)).Text;

    private static ChatRequest DecisionRequest()
    {
        var prompts = new PromptBuildBenchmark();
        prompts.Setup();
        var p = prompts.DecisionPrompt!;
        return new ChatRequest(p.System, p.User, "decision", ResponseSchemas.Decision);
    }
}
