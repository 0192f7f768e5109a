using Ouroboros.Domain.Venues;
using Ouroboros.Core.Language;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Risk.Policy;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Configuration;

public sealed class ConfigurationTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Llm_providers_come_from_the_legacy_key_variables_and_bad_routes_are_listed_with_every_other_problem()
    {
        using var tmp = new TempDirectory();
        var env = new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = "k1", ["OPENAI_BASE_URL"] = "http://localhost:11434/v1", ["OPENAI_MODEL"] = "llama3.1",
            ["GEMINI_API_KEY"] = "k2", ["ANTHROPIC_API_KEY"] = "k3",
        };
        var o = OuroborosConfiguration.Load(tmp.Path, environment: env);
        o.Llm.Providers.Select(p => (p.Settings.Name, p.Settings.Model, p.Tier.ToString())).ShouldBe(
            [("openai", "llama3.1", "Local"), ("gemini", "gemini-2.5-flash", "Quick"), ("anthropic", "claude-sonnet-5", "Deep")]);
        o.Llm.Routes[LlmTask.Playbook].ShouldBe(["anthropic", "gemini", "openai"]);
        o.Llm.Routes[LlmTask.TradingDecision].ShouldBe(["gemini", "anthropic", "openai"]);
        o.ToString().ShouldNotContain("k2");

        var bad = new Dictionary<string, string?>(env)
        {
            ["OUROBOROS_LLM__ROUTES"] = "playbook=nosuch; dreaming=gemini",
            ["OUROBOROS_LLM__BUDGETS"] = "gemini=twenty/-/-",
            ["OUROBOROS_BACKTEST__CASH"] = "-5",
        };
        var e = Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, environment: bad));
        e.Message.ShouldContain("nosuch");
        e.Message.ShouldContain("dreaming");
        e.Message.ShouldContain("gemini=twenty");
        e.Message.ShouldContain("Backtest:Cash");
    }

    [Fact]
    public void Defaults_apply_when_nothing_is_configured()
    {
        using var tmp = new TempDirectory();
        var o = OuroborosConfiguration.Load(tmp.Path, environment: NoEnvironment);
        (o with { Risk = RiskPolicy.Hard, BlackoutWindows = OuroborosOptions.Defaults.BlackoutWindows, Llm = OuroborosOptions.Defaults.Llm, Agent = OuroborosOptions.Defaults.Agent, Telegram = OuroborosOptions.Defaults.Telegram })
            .ShouldBe(OuroborosOptions.Defaults);
        o.Agent.OrderBy(kv => kv.Key).ShouldBe(OuroborosOptions.Defaults.Agent.OrderBy(kv => kv.Key));
        o.Telegram.OrderBy(kv => kv.Key).ShouldBe(OuroborosOptions.Defaults.Telegram.OrderBy(kv => kv.Key));
        o.TelegramSetting("Telegram:Enabled").ShouldBe("false");
        o.AgentSetting("Agent:Mode").ShouldBe("paper");
        o.AgentSetting("Agent:Replay").ShouldBe("data/kr");
        o.AgentSetting("Reconcile:IntervalSeconds").ShouldBe("60");
        o.Llm.Providers.ShouldBeEmpty();
        o.Llm.Routes.Values.ShouldAllBe(chain => chain.Count == 0);
        o.Llm.Cache.ShouldBe(Ouroboros.Ai.Routing.CacheMode.Off);
        o.Llm.ProviderBudgets["gemini"].CallsPerDay.ShouldBe(20);
        o.Llm.MinConfidence.ShouldBe(80);
        o.BacktestCash.ShouldBe(100_000m);
        o.Risk.FatFingerFractionOfCash.ShouldBe(0.30m);
        o.Risk.CircuitBreaker.ShouldBe(-0.03m);
        o.Risk.MinConfidence.ShouldBe(0.80);
        o.BlackoutWindows.ShouldBeEmpty();
    }

    [Fact]
    public void The_seed_systems_agent_variables_keep_working_beside_the_ouroboros_keys()
    {
        using var tmp = new TempDirectory();
        File.WriteAllText(tmp.File(".env"), "MODE=live\nTRADE_MODE=realtime\nENABLED_MARKETS=KR,US\n");
        var o = OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?> { ["DAILY_SESSIONS"] = "3", ["PRE_MARKET_MINUTES"] = "45" });
        o.AgentSetting("Agent:Mode").ShouldBe("live");
        o.AgentSetting("Agent:TradeMode").ShouldBe("realtime");
        o.AgentSetting("Agent:Markets").ShouldBe("KR,US");
        o.AgentSetting("Agent:DailySessions").ShouldBe("3");
        o.AgentSetting("Agent:PreMarketMinutes").ShouldBe("45");
    }

    [Fact]
    public void Bad_agent_settings_are_listed_together_with_the_others()
    {
        using var tmp = new TempDirectory();
        var e = Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?>
        {
            ["MODE"] = "maybe", ["DAILY_SESSIONS"] = "1.5", ["OUROBOROS_AGENT__SPEED"] = "fast", ["OUROBOROS_BACKTEST__CASH"] = "-1",
        }));
        e.Problems.Count.ShouldBe(4, string.Join(" | ", e.Problems));
    }

    [Fact]
    public void Json_file_then_dotenv_then_environment_take_precedence_in_that_order()
    {
        using var tmp = new TempDirectory();
        File.WriteAllText(tmp.File("ouroboros.json"), """{ "Backtest": { "Cash": 1, "Venue": "krx", "Fill": "same-close" } }""");
        File.WriteAllText(tmp.File(".env"), "OUROBOROS_BACKTEST__CASH=2\nOUROBOROS_BACKTEST__VENUE=us\nSOME_SECRET=abc\n");
        var o = OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?> { ["OUROBOROS_BACKTEST__CASH"] = "3" });
        o.BacktestCash.ShouldBe(3m);
        o.Venue.ShouldBe("us");
        o.Fill.ShouldBe("same-close");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var tmp = new TempDirectory();
        File.WriteAllText(tmp.File("ouroboros.json"), """{ "Backtest": { "Cash": "lots", "Fill": "tomorrow", "Sizing": "many" }, "Risk": { "FatFingerPct": 50, "CircuitBreakerPct": -10 }, "Nope": { "X": 1 } }""");
        var e = Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, environment: NoEnvironment));
        e.Problems.Count.ShouldBe(6);
        e.Message.ShouldContain("Backtest:Cash");
        e.Message.ShouldContain("Backtest:Fill");
        e.Message.ShouldContain("Backtest:Sizing");
        e.Message.ShouldContain("Risk:FatFingerPct");
        e.Message.ShouldContain("Risk:CircuitBreakerPct");
        e.Message.ShouldContain("Nope:X");
    }

    [Theory]
    [InlineData("Risk:FatFingerPct", "30.01")]
    [InlineData("Risk:CircuitBreakerPct", "-3.5")]
    public void Risk_limits_cannot_be_loosened_past_the_policy(string key, string value)
    {
        Settings.Find(key)!.Validate(value).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Risk:FatFingerPct", "10")]
    [InlineData("Risk:CircuitBreakerPct", "-1")]
    public void Risk_limits_can_be_tightened(string key, string value) => Settings.Find(key)!.Validate(value).ShouldBeNull();

    [Fact]
    public void The_legacy_variables_of_the_older_systems_still_tighten_the_limits()
    {
        using var tmp = new TempDirectory();
        var o = OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?>
        {
            ["MAX_LOSS_PCT"] = "2.5", ["MAX_ORDER_PCT"] = "20", ["CONFIDENCE_THRESHOLD"] = "90",
        });
        o.Risk.CircuitBreaker.ShouldBe(-0.025m);
        o.Risk.FatFingerFractionOfCash.ShouldBe(0.20m);
        o.Risk.MinConfidence.ShouldBe(0.90, 1e-12);
    }

    [Fact]
    public void Looser_limits_from_every_source_stop_start_up_together_naming_limit_hard_value_and_configured_value()
    {
        using var tmp = new TempDirectory();
        File.WriteAllText(tmp.File("ouroboros.json"), """{ "Risk": { "MaxPositionPct": 20 } }""");
        File.WriteAllText(tmp.File(".env"), "MAX_ORDER_PCT=45\n");
        var e = Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?>
        {
            ["OUROBOROS_RISK__VIXHALTLEVEL"] = "40", ["MAX_LOSS_PCT"] = "4", ["CONFIDENCE_THRESHOLD"] = "70",
        }));
        e.Problems.Count.ShouldBe(5);
        e.Message.ShouldContain("Risk:MaxPositionPct = '20': looser than the hard limit 15");
        e.Message.ShouldContain("Risk:VixHaltLevel = '40': looser than the hard limit 35");
        e.Message.ShouldContain("MAX_ORDER_PCT (legacy name of Risk:FatFingerPct): Risk:FatFingerPct = 45: looser than the hard limit 30");
        e.Message.ShouldContain("MAX_LOSS_PCT (legacy name of Risk:CircuitBreakerPct): Risk:CircuitBreakerPct = -4: looser than the hard limit -3");
        e.Message.ShouldContain("CONFIDENCE_THRESHOLD (legacy name of Risk:MinConfidence): Risk:MinConfidence = 70: looser than the hard limit 80");
    }

    [Fact]
    public void Every_policy_limit_is_a_setting_whose_default_is_the_hard_value()
    {
        foreach (var limit in RiskPolicy.Limits)
        {
            var setting = Settings.Find("Risk:" + limit.Key).ShouldNotBeNull(limit.Key);
            setting.Limit.ShouldBe(limit);
            setting.Validate(setting.Default).ShouldBeNull(limit.Key);
        }
    }

    [Fact]
    public void A_missing_explicit_config_file_is_an_error()
    {
        using var tmp = new TempDirectory();
        Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, configFile: tmp.File("nope.json"), environment: NoEnvironment))
            .Message.ShouldContain("nope.json");
    }

    [Fact]
    public void Configuration_doc_lists_every_setting_and_its_environment_variable()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "configuration.md"));
        foreach (var s in Settings.All)
        {
            doc.ShouldContain($"`{s.Key}`");
            doc.ShouldContain(s.EnvironmentVariable);
            doc.ShouldContain($"`{s.Default}`", customMessage: s.Key);
        }
    }
}
