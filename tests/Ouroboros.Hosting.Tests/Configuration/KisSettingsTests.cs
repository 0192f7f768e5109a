using Ouroboros.Application.Kis;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Errors;
using Ouroboros.Hosting.Configuration;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Configuration;

/// <summary>The Kis:* settings, the seeds' names for them, and the one seam that turns them into KisOptions.</summary>
public sealed class KisSettingsTests
{
    private const string Key = "PSabcdefghijklmnopqrstuvwxyz01234567";
    private const string Secret = "s3cr3t-app-secret-value-that-is-long";

    private static OuroborosOptions Load(Dictionary<string, string?> environment, string? envFile = null)
    {
        using var tmp = new TempDirectory();
        if (envFile is not null) File.WriteAllText(tmp.File(".env"), envFile);
        return OuroborosConfiguration.Load(tmp.Path, environment: environment);
    }

    [Fact]
    public void The_ouroboros_seed_names_give_a_vts_client_when_mode_is_paper()
    {
        var o = Load(new()
        {
            ["KIS_APP_KEY"] = Key, ["KIS_APP_SECRET"] = Secret, ["KIS_ACCOUNT_NO"] = "50123456-22", ["MODE"] = "paper",
            ["KIS_BASE_URL"] = "http://127.0.0.1:5001", ["KIS_WS_URL"] = "ws://127.0.0.1:5002", ["RATE_LIMIT_RPS"] = "1.5",
        });

        var kis = o.Kis.Resolve();

        kis.Environment.ShouldBe(KisEnvironment.Vts);
        (kis.AppKey, kis.AppSecret, kis.AccountNumber, kis.ProductCode).ShouldBe((Key, Secret, "50123456", "22"));
        (kis.RestBaseUrl, kis.WebSocketUrl, kis.RequestsPerSecond).ShouldBe(("http://127.0.0.1:5001", "ws://127.0.0.1:5002", 1.5));
    }

    [Fact]
    public void Seed_b_names_work_from_a_dot_env_file_and_live_mode_means_the_real_host()
    {
        var o = Load(new() { ["MODE"] = "live" },
            $"APP_KEY={Key}\nAPP_SECRET={Secret}\nCANO=12345678\nACNT_PRDT=03\nBASE_URL=https://openapi.koreainvestment.com:9443\n");

        var kis = o.Kis.Resolve();

        kis.Environment.ShouldBe(KisEnvironment.Real);
        (kis.AccountNumber, kis.ProductCode, kis.EffectiveRestBaseUrl).ShouldBe(("12345678", "03", KisOptions.RealRestUrl));
    }

    [Theory]
    [InlineData("12345678-01", "12345678", "01")]
    [InlineData("1234567801", "12345678", "01")]
    [InlineData("12345678", "12345678", "01")]
    [InlineData(" 87654321-29 ", "87654321", "29")]
    public void Every_account_number_form_splits_into_cano_and_product_code(string text, string cano, string product)
    {
        var o = Load(new() { ["KIS_APP_KEY"] = Key, ["KIS_APP_SECRET"] = Secret, ["KIS_ACCOUNT_NO"] = text });

        var kis = o.Kis.Resolve(KisEnvironment.Vts);

        (kis.AccountNumber, kis.ProductCode).ShouldBe((cano, product));
    }

    [Fact]
    public void Ouroboros_keys_win_over_seed_names_and_kis_names_over_seed_b_names()
    {
        var o = Load(new()
        {
            ["APP_KEY"] = "seed-b-key-0000000000000000000000000", ["KIS_APP_KEY"] = Key, ["APP_SECRET"] = Secret,
            ["CANO"] = "11111111", ["OUROBOROS_KIS__ACCOUNTNUMBER"] = "22222222-01",
        });

        var kis = o.Kis.Resolve(KisEnvironment.Vts);

        kis.AppKey.ShouldBe(Key);
        kis.AccountNumber.ShouldBe("22222222");
    }

    [Fact]
    public void A_vts_key_against_the_real_host_is_refused_at_start_up_with_the_reason()
    {
        var e = Should.Throw<ConfigurationException>(() => Load(new()
        {
            ["KIS_APP_KEY"] = Key, ["KIS_APP_SECRET"] = Secret, ["KIS_ACCOUNT_NO"] = "50123456-01", ["MODE"] = "paper",
            ["KIS_BASE_URL"] = KisOptions.RealRestUrl,
        }));

        e.Problems.ShouldHaveSingleItem().ShouldContain("Kis:RestUrl");
        e.Message.ShouldContain("real host");
        e.Message.ShouldContain("EGW02004");
    }

    [Fact]
    public void A_real_key_against_the_vts_websocket_port_is_refused_too()
    {
        var e = Should.Throw<ConfigurationException>(() => Load(new()
        {
            ["OUROBOROS_KIS__ENVIRONMENT"] = "real", ["KIS_WS_URL"] = KisOptions.VtsWebSocketUrl, ["KIS_BASE_URL"] = KisOptions.RealRestUrl,
        }));

        e.Problems.ShouldHaveSingleItem().ShouldContain("Kis:WebSocketUrl");
    }

    [Fact]
    public void Every_problem_is_listed_at_once_and_no_secret_or_whole_account_number_is_in_the_message()
    {
        var e = Should.Throw<ConfigurationException>(() => Load(new()
        {
            ["KIS_APP_KEY"] = Key, ["KIS_APP_SECRET"] = Secret, ["KIS_ACCOUNT_NO"] = "5012345-601", ["ACNT_PRDT"] = "1",
            ["KIS_BASE_URL"] = "not a url", ["KIS_WS_URL"] = "http://127.0.0.1:1", ["RATE_LIMIT_RPS"] = "5",
            ["OUROBOROS_BACKTEST__CASH"] = "-1",
        }));

        e.Problems.Count.ShouldBe(6, string.Join(Environment.NewLine, e.Problems));
        e.Message.ShouldContain("Kis:AccountNumber ****-601");
        e.Message.ShouldContain("Kis:ProductCode");
        e.Message.ShouldContain("Kis:RestUrl");
        e.Message.ShouldContain("Kis:WebSocketUrl");
        e.Message.ShouldContain("at most 2 on the VTS (paper) host");
        e.Message.ShouldContain("Backtest:Cash");
        e.Message.ShouldNotContain(Key);
        e.Message.ShouldNotContain(Secret);
        e.Message.ShouldNotContain("5012345-601");
    }

    [Fact]
    public void Resolve_lists_every_missing_value_with_the_names_that_set_it()
    {
        var o = Load(new() { ["OUROBOROS_KIS__ENVIRONMENT"] = "vts" });

        var e = Should.Throw<InvalidInputException>(() => o.Kis.Resolve(KisEnvironment.Real));

        e.Message.ShouldContain("KIS_APP_KEY or APP_KEY");
        e.Message.ShouldContain("KIS_APP_SECRET or APP_SECRET");
        e.Message.ShouldContain("KIS_ACCOUNT_NO");
        e.Message.ShouldContain("Kis:Environment is vts but the real host was asked for");
    }

    [Fact]
    public void Secrets_from_the_config_file_are_masked_and_never_shown_by_the_settings()
    {
        using var tmp = new TempDirectory();
        File.WriteAllText(tmp.File("ouroboros.json"), "{\"Kis\":{\"AppKey\":\"" + Key + "\",\"AppSecret\":\"" + Secret + "\",\"AccountNumber\":\"50123456-01\"}}");

        var o = OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?>());

        o.Secrets.Redact($"key {Key} secret {Secret} account 50123456-01").ShouldBe("key *** secret *** account ****3456");
        o.Kis.ToString().ShouldNotContain(Key);
        o.Kis.ToString().ShouldNotContain("50123456");
        o.Kis.Resolve().ToString().ShouldNotContain(Secret);
    }

    [Fact]
    public void Nothing_configured_is_not_a_problem_until_kis_is_used()
    {
        var o = Load([]);

        o.Kis.AnyConfigured.ShouldBeFalse();
        o.Kis.Environment.ShouldBe(KisEnvironment.Vts);
        Should.Throw<InvalidInputException>(() => o.Kis.Resolve());
    }

    [Fact]
    public void Account_numbers_parse_only_in_the_accepted_forms()
    {
        KisAccountNumber.Parse("12345678-1").ShouldBeNull();
        KisAccountNumber.Parse("1234567").ShouldBeNull();
        KisAccountNumber.Parse("12345678901").ShouldBeNull();
        KisAccountNumber.Parse("abcdefgh").ShouldBeNull();
        KisAccountNumber.Parse("1234567801").ShouldBe(new KisAccountNumber("12345678", "01"));
    }
}
