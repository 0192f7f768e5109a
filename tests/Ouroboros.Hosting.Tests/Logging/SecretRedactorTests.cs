using Ouroboros.Hosting.Logging;

namespace Ouroboros.Hosting.Tests.Logging;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Secret_values_are_replaced_by_three_stars_wherever_they_appear()
    {
        var redactor = new SecretRedactor(["sk-test-abcdef123456", "kis-app-secret-777"]);

        redactor.Redact("key=sk-test-abcdef123456&other=kis-app-secret-777;again sk-test-abcdef123456")
            .ShouldBe("key=***&other=***;again ***");
    }

    [Fact]
    public void Account_numbers_keep_only_their_last_four_digits_in_every_form_they_are_written()
    {
        var redactor = new SecretRedactor([], ["12345678-01"]);

        redactor.Redact("account 12345678-01, as digits 1234567801, without product code 12345678")
            .ShouldBe("account ****5678, as digits ****5678, without product code ****5678");
    }

    [Fact]
    public void Variables_are_judged_secret_or_account_by_their_names()
    {
        var redactor = SecretRedactor.FromVariables(new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = "sk-openai-111111",
            ["KIS_APPSECRET"] = "appsecret-222222",
            ["KIS_APPKEY"] = "appkey-333333",
            ["DB_PASSWORD_FILE"] = "hunter2-444444",
            ["TELEGRAM_BOT_TOKEN"] = "bot-555555",
            ["KIS_CANO"] = "87654321",
            ["BROKER_ACCOUNT"] = "11223344-01",
            ["OUROBOROS_LLM__CACHE"] = "record-mode",
        });

        var text = redactor.Redact("sk-openai-111111 appsecret-222222 appkey-333333 hunter2-444444 bot-555555 87654321 11223344-01 record-mode");

        text.ShouldBe("*** *** *** *** *** ****4321 ****3344 record-mode");
        redactor.Count.ShouldBe(7);
    }

    [Fact]
    public void Secrets_given_besides_the_variables_are_masked_whatever_their_variable_is_called() =>
        SecretRedactor.FromVariables(new Dictionary<string, string?> { ["MY_LLM"] = "custom-key-9999" }, ["custom-key-9999"])
            .Redact("using custom-key-9999").ShouldBe("using ***");

    [Theory]
    [InlineData("SESSION_KEY", true)]
    [InlineData("hook_secret", true)]
    [InlineData("SLACK_TOKEN", true)]
    [InlineData("SMTP_PASSWORD_PLAIN", true)]
    [InlineData("KIS_APPSECRET", true)]
    [InlineData("KEYBOARD_LAYOUT", false)]
    [InlineData("OUROBOROS_STORAGE__PATH", false)]
    public void Secret_names_follow_the_key_secret_token_and_password_patterns(string name, bool secret) =>
        SecretNames.IsSecret(name).ShouldBe(secret);

    [Theory]
    [InlineData("KIS_ACCOUNT_NO", true)]
    [InlineData("KIS_CANO", true)]
    [InlineData("ACCOUNT", true)]
    [InlineData("ACCOUNT_KEY", false)]
    [InlineData("KIS_ACNT_PRDT_CD", false)]
    public void Account_names_are_the_account_and_cano_variables_that_are_not_secrets(string name, bool account) =>
        SecretNames.IsAccount(name).ShouldBe(account);

    [Fact]
    public void A_secret_that_contains_another_is_masked_whole()
    {
        var redactor = new SecretRedactor(["abcd1234", "abcd1234-extended"]);

        redactor.Redact("x abcd1234-extended y abcd1234").ShouldBe("x *** y ***");
    }

    [Fact]
    public void Values_too_short_to_be_secrets_and_numbers_too_short_to_be_accounts_are_left_alone()
    {
        var redactor = new SecretRedactor(["abc", " "], ["12-34"]);

        redactor.IsEmpty.ShouldBeTrue();
        redactor.Redact("abc 12-34").ShouldBe("abc 12-34");
    }

    [Fact]
    public void The_redactor_never_shows_a_value_when_printed()
    {
        var redactor = new SecretRedactor(["sk-test-abcdef123456"], ["12345678-01"]);

        redactor.ToString().ShouldBe("SecretRedactor(1 secrets, 1 account numbers)");
        redactor.With(["another-secret"]).Count.ShouldBe(3);
    }
}
