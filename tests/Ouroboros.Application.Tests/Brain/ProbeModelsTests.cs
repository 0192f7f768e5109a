using Ouroboros.Ai.Budgets;
using Ouroboros.Ai.Prompts;
using Ouroboros.Ai.Routing;
using Ouroboros.Application.Brain;
using Ouroboros.Core.Language;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Application.Tests.Brain;

/// <summary>Probing every configured profile on its own: results in configuration order, failures scrubbed of keys, every attempt logged.</summary>
public sealed class ProbeModelsTests
{
    private const string Key = "secret-key-123";

    [Fact]
    public async Task Without_a_provider_nothing_is_probed_and_the_result_says_so()
    {
        using var app = new TestApplication();

        var result = await new ProbeModels(app, app.Brain, ModelProbeSettings.None, app.Clock).ExecuteAsync(new ProbeModelsRequest());

        result.AnyProvider.ShouldBeFalse();
        result.Profiles.ShouldBeEmpty();
        result.Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Every_profile_is_asked_once_in_configuration_order_and_a_failure_hides_the_key()
    {
        using var app = new TestApplication(TestApplication.DefaultBrain with { HasModels = true });
        var good = new ScriptedChatModel("openai", "gpt-5.1", _ => ChatResult.Success("{\"ok\":true}", 11, 3, TimeSpan.FromMilliseconds(40)));
        var bad = new ScriptedChatModel("anthropic", "claude-sonnet-5",
            _ => ChatResult.Fail(new ChatFailure(ChatFailureKind.Auth, "bad key " + Key, 401), TimeSpan.FromMilliseconds(5)));
        var prices = PriceTable.Parse("gpt-5.1=1.25/10", out _);
        var settings = new ModelProbeSettings(["openai", "anthropic"], prices, [Key]);
        var runtimes = new Runtimes(app, [new ModelProfile("anthropic", ModelTier.Deep, bad), new ModelProfile("openai", ModelTier.Quick, good)]);

        var result = await new ProbeModels(runtimes, app.Brain, settings, app.Clock).ExecuteAsync(new ProbeModelsRequest());

        result.AnyProvider.ShouldBeTrue();
        result.Ok.ShouldBeFalse();
        result.Profiles.Select(p => p.Profile).ShouldBe(["openai", "anthropic"]);
        var ok = result.Profiles[0];
        (ok.Outcome, ok.TokensIn, ok.TokensOut, ok.Priced, ok.Reply).ShouldBe(("ok", (int?)11, (int?)3, true, "{\"ok\":true}"));
        ok.Cost.ShouldNotBeNull();
        var failed = result.Profiles[1];
        failed.Ok.ShouldBeFalse();
        failed.Priced.ShouldBeFalse();
        failed.Message.ShouldNotBeNull();
        failed.Message.ShouldNotContain(Key);
        failed.Message.ShouldContain("***");
        good.Requests.ShouldHaveSingleItem().MaxOutputTokens.ShouldBe(ModelProbe.MaxOutputTokens);
        bad.Requests.Count.ShouldBe(1);

        var log = await app.LlmCallsAsync(CancellationToken.None);
        var calls = await log.ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
        calls.Select(c => (c.Task, c.Provider)).ShouldBe([(ModelProbe.TaskName, "openai"), (ModelProbe.TaskName, "anthropic")]);
        calls.ShouldAllBe(c => c.Error == null || !c.Error.Contains(Key));
    }

    [Fact]
    public async Task A_model_that_throws_is_that_profile_failing_not_the_probe()
    {
        using var app = new TestApplication(TestApplication.DefaultBrain with { HasModels = true });
        var throwing = new ScriptedChatModel("local", "llama3", _ => throw new HttpRequestException("connection refused"));
        var runtimes = new Runtimes(app, [new ModelProfile("local", ModelTier.Local, throwing)]);

        var result = await new ProbeModels(runtimes, app.Brain, ModelProbeSettings.None, app.Clock).ExecuteAsync(new ProbeModelsRequest());

        var only = result.Profiles.ShouldHaveSingleItem();
        only.Outcome.ShouldBe(ChatFailure.KindName(ChatFailureKind.Unknown));
        only.Message.ShouldNotBeNull();
        only.Message.ShouldContain("HttpRequestException: connection refused");
    }

    /// <summary>The test application's runtime, with the given profiles behind the router.</summary>
    private sealed class Runtimes(TestApplication app, IReadOnlyList<ModelProfile> profiles) : ILlmRuntimeFactory
    {
        public async Task<LlmRuntime> CreateAsync(CacheMode? cache, CancellationToken cancellationToken)
        {
            var calls = await SqliteLlmCallLog.OpenAsync(app.Store, app.Clock, cancellationToken);
            var playbooks = await SqlitePlaybookStore.OpenAsync(app.Store, app.Clock, cancellationToken);
            var empty = new Dictionary<string, BudgetLimits>();
            var routes = new RouteTable(new Dictionary<LlmTask, IReadOnlyList<string>>(), new Dictionary<LlmTask, TimeSpan>());
            var router = new LlmRouter(new RouterSetup(profiles, routes, new BudgetBook(empty, empty), PriceTable.Empty, app.Clock, calls));
            return new LlmRuntime(app.Brain, router, new PromptComposer(), playbooks, calls, cache ?? CacheMode.Off);
        }
    }
}
