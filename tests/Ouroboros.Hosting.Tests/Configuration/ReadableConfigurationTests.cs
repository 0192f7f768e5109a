using Ouroboros.Hosting.Configuration;
using Ouroboros.Risk.Policy;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Configuration;

/// <summary>
/// What the safety commands load: everything that can be read, never an exception, every problem listed, and whether a
/// skipped file might have named another journal.
/// </summary>
public sealed class ReadableConfigurationTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Fact]
    public void A_malformed_config_file_is_a_problem_and_the_journal_it_may_have_named_is_unknown()
    {
        using var tmp = new TempDirectory();
        tmp.Write("ouroboros.json", """{ "Storage": { "Path": "elsewhere.db" } garbage""");

        var read = OuroborosConfiguration.LoadReadable(tmp.Path, environment: NoEnvironment);

        read.Problems.ShouldHaveSingleItem().ShouldContain("is not valid JSON");
        read.JournalKnown.ShouldBeFalse();
        read.Options.StoragePath.ShouldBe(OuroborosOptions.Defaults.StoragePath);
        Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, environment: NoEnvironment));
    }

    [Fact]
    public void The_storage_variable_names_the_journal_even_when_a_file_is_unreadable()
    {
        using var tmp = new TempDirectory();
        tmp.Write("ouroboros.json", "{");

        var read = OuroborosConfiguration.LoadReadable(tmp.Path, environment: new Dictionary<string, string?> { ["OUROBOROS_STORAGE__PATH"] = "j.db" });

        read.JournalKnown.ShouldBeTrue();
        read.Options.StoragePath.ShouldBe("j.db");
    }

    [Fact]
    public void Unknown_and_bad_values_are_listed_and_the_rest_is_kept()
    {
        using var tmp = new TempDirectory();
        var env = new Dictionary<string, string?>
        {
            ["OUROBOROS_NO_SUCH"] = "1", ["OUROBOROS_BACKTEST__FILL"] = "tomorrow", ["OUROBOROS_STORAGE__PATH"] = "kept.db",
        };

        var read = OuroborosConfiguration.LoadReadable(tmp.Path, environment: env);

        read.Problems.Count.ShouldBe(2);
        read.RiskProblems.ShouldBeEmpty();
        read.JournalKnown.ShouldBeTrue();
        read.Options.StoragePath.ShouldBe("kept.db");
        read.Options.Fill.ShouldBe("next-open");
    }

    [Fact]
    public void A_looser_risk_limit_is_a_risk_problem_and_the_hard_limits_stand()
    {
        using var tmp = new TempDirectory();

        var read = OuroborosConfiguration.LoadReadable(tmp.Path, environment: new Dictionary<string, string?> { ["OUROBOROS_RISK__FATFINGERPCT"] = "90" });

        read.RiskProblems.ShouldHaveSingleItem().ShouldContain("Risk:FatFingerPct");
        read.Problems.ShouldContain(read.RiskProblems[0]);
        read.Options.Risk.ShouldBe(RiskPolicy.Hard);
    }

    [Fact]
    public void Env_file_lines_that_are_not_key_value_are_named_by_number_without_their_text()
    {
        using var tmp = new TempDirectory();
        var env = tmp.Write("x.env", "# comment\n\nexport OUROBOROS_BACKTEST__CASH=5\nOPENAI_API_KEY sk-leaky\nQUOTED=\"two\nlines\"\nnot a pair\n");

        var e = Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, envFile: env, environment: NoEnvironment));

        e.Problems.ShouldHaveSingleItem().ShouldBe($".env file '{env}': lines 4, 7 are not KEY=value; write e.g. OUROBOROS_BACKTEST__CASH=250000, or start the line with # to keep it as a comment");
        e.Message.ShouldNotContain("sk-leaky");
    }

    [Fact]
    public void A_well_formed_env_file_with_export_comments_and_a_multi_line_value_loads()
    {
        using var tmp = new TempDirectory();
        var env = tmp.Write("x.env", "# comment\nexport OUROBOROS_BACKTEST__CASH=5000\nNOTE=\"two\nlines\"\n\nOUROBOROS_BACKTEST__FILL=same-close # trailing\n");

        var o = OuroborosConfiguration.Load(tmp.Path, envFile: env, environment: NoEnvironment);

        o.BacktestCash.ShouldBe(5000m);
    }
}
