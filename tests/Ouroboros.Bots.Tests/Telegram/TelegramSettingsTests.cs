using Ouroboros.Bots.Telegram;
using Ouroboros.Hosting.Configuration;
using Ouroboros.TestKit;

namespace Ouroboros.Bots.Tests.Telegram;

public sealed class TelegramSettingsTests
{
    private static OuroborosOptions Load(TempDirectory dir, Dictionary<string, string?> env) => OuroborosConfiguration.Load(dir.Path, environment: env);

    [Fact]
    public void The_seed_names_configure_the_channel()
    {
        using var dir = new TempDirectory();
        var options = Load(dir, new()
        {
            ["TELEGRAM_BOT_TOKEN"] = "1234567890:ABCdefGHIjklMNOpqrsTUVwxyz",
            ["TELEGRAM_CHAT_ID"] = "123456789, -1001234567890",
            ["TELEGRAM_ENABLED"] = "true",
            ["TELEGRAM_COMMANDS_ENABLED"] = "false",
            ["TELEGRAM_POLLING_INTERVAL"] = "2.5",
        });

        TelegramOptions.IsEnabled(options).ShouldBeTrue();
        var telegram = TelegramOptions.From(options);
        telegram.ChatIds.ShouldBe([123456789L, -1001234567890L]);
        telegram.CommandsEnabled.ShouldBeFalse();
        telegram.PollingInterval.ShouldBe(TimeSpan.FromSeconds(2.5));
        options.Secrets.Redact("token 1234567890:ABCdefGHIjklMNOpqrsTUVwxyz").ShouldBe("token ***");
    }

    [Fact]
    public void Every_problem_is_listed_at_start_up_without_echoing_the_token()
    {
        using var dir = new TempDirectory();
        var e = Should.Throw<ConfigurationException>(() => Load(dir, new()
        {
            ["TELEGRAM_ENABLED"] = "true",
            ["TELEGRAM_BOT_TOKEN"] = "not a token secret-value",
            ["TELEGRAM_CHAT_ID"] = "123,abc",
            ["OUROBOROS_TELEGRAM__EVENTS"] = "Halt,Moon",
            ["OUROBOROS_TELEGRAM__APPROVEORDERS"] = "true",
            ["OUROBOROS_TELEGRAM__QUIETHOURS"] = "late",
        }));

        e.Message.ShouldContain("Telegram:BotToken is not a bot token");
        e.Message.ShouldNotContain("secret-value");
        e.Message.ShouldContain("'abc' is not a chat id");
        e.Message.ShouldContain("'Moon', which is no notification kind");
        e.Message.ShouldContain("no order-approval gate");
        e.Message.ShouldContain("HH:mm-HH:mm");
    }

    [Fact]
    public void Enabled_without_a_token_or_chat_says_which_variable_to_set()
    {
        using var dir = new TempDirectory();
        var e = Should.Throw<ConfigurationException>(() => Load(dir, new() { ["TELEGRAM_ENABLED"] = "true" }));
        e.Message.ShouldContain("TELEGRAM_BOT_TOKEN");
        e.Message.ShouldContain("TELEGRAM_CHAT_ID");
    }
}
