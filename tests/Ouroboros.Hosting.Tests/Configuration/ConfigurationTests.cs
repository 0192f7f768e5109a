using Ouroboros.Hosting.Configuration;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Configuration;

public sealed class ConfigurationTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void Defaults_apply_when_nothing_is_configured()
    {
        using var tmp = new TempDirectory();
        var o = OuroborosConfiguration.Load(tmp.Path, environment: NoEnvironment);
        o.ShouldBe(OuroborosOptions.Defaults);
        o.BacktestCash.ShouldBe(100_000m);
        o.FatFingerPct.ShouldBe(30m);
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
