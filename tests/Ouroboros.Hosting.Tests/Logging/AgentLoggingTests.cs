// The tests log the ways real code might, interpolated messages and eager arguments included.
#pragma warning disable CA1848, CA1873, CA2254

using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Logging;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Hosting.Logging;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Logging;

public sealed class AgentLoggingTests
{
    private const string OpenAiKey = "sk-test-abcdef123456";
    private const string KisSecret = "kis-appsecret-Zq9xW2";
    private const string BotToken = "7654321:telegram-bot-token";
    private const string Account = "12345678-01";

    private static readonly string[] Secrets = [OpenAiKey, KisSecret, BotToken, "12345678", "1234567801"];

    [Theory]
    [InlineData("plain")]
    [InlineData("json")]
    public void No_secret_reaches_a_log_file_from_messages_properties_scopes_or_exceptions(string format)
    {
        using var tmp = new TempDirectory();
        var options = Load(tmp, ("OUROBOROS_LOGGING__FORMAT", format));

        using (var factory = LoggerFactory.Create(b => AgentLogging.Configure(b, options, console: TextWriter.Null)))
            LogEverySecret(factory.CreateLogger("Ouroboros.Tests.Agent"));

        var text = AllLogText(AgentLogging.LogDirectory(options));
        foreach (var secret in Secrets) text.ShouldNotContain(secret);
        text.ShouldContain("***");
        text.ShouldContain("****5678");
        text.ShouldContain("order sent");
    }

    [Fact]
    public void Json_lines_parse_and_the_lines_of_a_decision_carry_its_id()
    {
        using var tmp = new TempDirectory();
        var options = Load(tmp, ("OUROBOROS_LOGGING__FORMAT", "json"));

        using (var factory = LoggerFactory.Create(b => AgentLogging.Configure(b, options, console: TextWriter.Null)))
        {
            var logger = factory.CreateLogger("Ouroboros.Tests.Agent");
            logger.LogInformation("before any decision");
            using (logger.BeginScope(new DecisionScope("d-123")))
            {
                logger.LogInformation("deciding {Instrument}", "005930");
                logger.LogWarning("denied by {Gate}", "fat-finger");
            }
            logger.LogInformation("after the decision");
        }

        var files = Directory.GetFiles(AgentLogging.LogDirectory(options));
        files.ShouldAllBe(f => f.EndsWith(".jsonl", StringComparison.Ordinal));
        var lines = files.SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        lines.Select(l => l.GetProperty("@m").GetString()).ShouldBe(["before any decision", "deciding \"005930\"", "denied by \"fat-finger\"", "after the decision"]);
        lines.Select(l => l.TryGetProperty(DecisionScope.Field, out var id) ? id.GetString() : null).ShouldBe([null, "d-123", "d-123", null]);
    }

    [Fact]
    public void Plain_lines_of_a_decision_start_with_its_id()
    {
        using var tmp = new TempDirectory();
        var options = Load(tmp);

        using (var factory = LoggerFactory.Create(b => AgentLogging.Configure(b, options, console: TextWriter.Null)))
        {
            var logger = factory.CreateLogger("Ouroboros.Tests.Agent");
            using (logger.BeginScope(new DecisionScope("d-123"))) logger.LogInformation("deciding");
            logger.LogInformation("idle");
        }

        var lines = AllLogText(AgentLogging.LogDirectory(options)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldContain("[INF] [decision d-123] Ouroboros.Tests.Agent: deciding");
        lines[1].ShouldNotContain("[decision");
    }

    [Fact]
    public void Files_roll_over_at_the_size_limit_inside_the_configured_directory()
    {
        using var tmp = new TempDirectory();
        var options = Load(tmp);
        options = options with { Logging = options.Logging with { FileSizeLimitBytes = 2_000, RetainedFiles = 50 } };

        using (var factory = LoggerFactory.Create(b => AgentLogging.Configure(b, options, console: TextWriter.Null)))
        {
            var logger = factory.CreateLogger("Ouroboros.Tests.Agent");
            for (var i = 0; i < 100; i++) logger.LogInformation("line {Number} with the key {Key}", i, OpenAiKey);
        }

        var directory = AgentLogging.LogDirectory(options);
        directory.ShouldBe(tmp.File("logs"));
        var files = Directory.GetFiles(directory);
        files.Length.ShouldBeGreaterThan(1);
        files.ShouldAllBe(f => Path.GetFileName(f).StartsWith("ouroboros-", StringComparison.Ordinal) && f.EndsWith(".log", StringComparison.Ordinal));
        AllLogText(directory).ShouldNotContain(OpenAiKey);
        Directory.GetFiles(tmp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_directory_the_logs_go_next_to_the_journal()
    {
        using var tmp = new TempDirectory();
        var options = OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?>
        {
            ["OUROBOROS_STORAGE__PATH"] = tmp.File("state/ouroboros.db"),
        });

        AgentLogging.LogDirectory(options).ShouldBe(Path.Combine(tmp.Path, "state", "logs"));
        options.Logging.ShouldBe(LoggingOptions.Defaults);
    }

    [Fact]
    public void The_console_gets_warnings_and_up_by_default_and_no_secrets()
    {
        using var tmp = new TempDirectory();
        var options = Load(tmp);
        using var console = new StringWriter();

        using (var factory = LoggerFactory.Create(b => AgentLogging.Configure(b, options, console: console)))
        {
            var logger = factory.CreateLogger("Ouroboros.Tests.Agent");
            logger.LogInformation("quiet detail");
            logger.LogWarning("broker refused the key {Key}", OpenAiKey);
        }

        var text = console.ToString();
        text.ShouldNotContain("quiet detail");
        text.ShouldContain("[WRN]");
        text.ShouldContain("broker refused the key ***");
        text.ShouldNotContain(OpenAiKey);
    }

    [Fact]
    public void Bad_logging_values_are_reported_with_the_other_configuration_problems_and_the_allowed_values()
    {
        using var tmp = new TempDirectory();
        var e = Should.Throw<ConfigurationException>(() => OuroborosConfiguration.Load(tmp.Path, environment: new Dictionary<string, string?>
        {
            ["OUROBOROS_LOGGING__FORMAT"] = "xml",
            ["OUROBOROS_LOGGING__LEVEL"] = "loud",
            ["OUROBOROS_LOGGING__MAXFILEMEGABYTES"] = "0",
            ["OUROBOROS_BACKTEST__CASH"] = "-5",
        }));

        e.Problems.ShouldContain("Logging:Format = 'xml' must be one of plain, json");
        e.Problems.ShouldContain(p => p.StartsWith("Logging:Level = 'loud' must be one of trace, debug, information", StringComparison.Ordinal));
        e.Problems.ShouldContain(p => p.StartsWith("Logging:MaxFileMegabytes", StringComparison.Ordinal));
        e.Problems.ShouldContain(p => p.StartsWith("Backtest:Cash", StringComparison.Ordinal));
    }

    private static OuroborosOptions Load(TempDirectory tmp, params (string Name, string Value)[] settings)
    {
        var env = new Dictionary<string, string?>
        {
            ["OPENAI_API_KEY"] = OpenAiKey,
            ["KIS_APPSECRET"] = KisSecret,
            ["TELEGRAM_BOT_TOKEN"] = BotToken,
            ["KIS_ACCOUNT_NO"] = Account,
            ["OUROBOROS_STORAGE__PATH"] = tmp.File("journal/ouroboros.db"),
            ["OUROBOROS_LOGGING__DIRECTORY"] = tmp.File("logs"),
        };
        foreach (var (name, value) in settings) env[name] = value;
        return OuroborosConfiguration.Load(tmp.Path, environment: env);
    }

    private static void LogEverySecret(ILogger logger)
    {
        logger.LogInformation($"calling with key {OpenAiKey} for account {Account}");
        logger.LogInformation("order sent with {AppSecret} on {Account} ({AccountNumber})", KisSecret, Account, 12345678L);
        logger.LogInformation("request {@Request}", new { Url = "https://api.telegram.org/bot" + BotToken + "/sendMessage", Accounts = new[] { "1234567801" } });
        using (logger.BeginScope("session with {Token}", BotToken))
        using (logger.BeginScope(new DecisionScope("d-7")))
        {
            var inner = new InvalidOperationException("inner failure for " + KisSecret);
            logger.LogError(new HttpRequestException($"401 for key {OpenAiKey} and account {Account}", inner), "provider call failed");
        }
    }

    private static string AllLogText(string directory) =>
        string.Concat(Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
