using Ouroboros.Core.Language;
using Ouroboros.Ai.Providers;

namespace Ouroboros.Ai.Tests.Providers;

public sealed class ProviderSettingsTests
{
    [Fact]
    public void A_complete_profile_has_no_problems() =>
        new ProviderSettings("openai", ProviderKind.OpenAiCompatible, ProviderSettings.OpenAiDefaultBaseUrl, "sk-x", "gpt-5.1")
            .Validate().ShouldBeEmpty();

    [Fact]
    public void Validate_lists_every_problem_at_once()
    {
        var problems = new ProviderSettings("bad", ProviderKind.Gemini, "ftp://example.com", null, " ", DefaultTimeout: TimeSpan.Zero).Validate();
        problems.Count.ShouldBe(4);
        problems.ShouldContain(p => p.Contains("base URL", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("model", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("API key", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("timeout", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://localhost:11434/v1")]
    [InlineData("http://127.0.0.1:8000/v1")]
    [InlineData("http://[::1]:8000/v1")]
    public void Local_servers_may_run_without_a_key(string url) =>
        new ProviderSettings("ollama", ProviderKind.OpenAiCompatible, url, null, "llama3").Validate().ShouldBeEmpty();

    [Fact]
    public void A_relative_url_is_refused() =>
        new ProviderSettings("x", ProviderKind.Anthropic, "/v1", "k", "m").Validate()
            .ShouldContain(p => p.Contains("not an absolute http or https URL", StringComparison.Ordinal));

    [Fact]
    public void Printing_a_profile_never_shows_the_key() =>
        new ProviderSettings("openai", ProviderKind.OpenAiCompatible, ProviderSettings.OpenAiDefaultBaseUrl, "sk-very-secret", "m")
            .ToString().ShouldNotContain("sk-very-secret");

    [Theory]
    [InlineData(ProviderKind.OpenAiCompatible, "https://api.openai.com/v1")]
    [InlineData(ProviderKind.Anthropic, "https://api.anthropic.com")]
    [InlineData(ProviderKind.Gemini, "https://generativelanguage.googleapis.com")]
    public void Each_kind_has_its_documented_default_base_url(ProviderKind kind, string url) =>
        ProviderSettings.DefaultBaseUrl(kind).ShouldBe(url);

    [Fact]
    public void The_request_timeout_wins_over_the_profile_default()
    {
        var s = new ProviderSettings("x", ProviderKind.Gemini, "https://g", "k", "m", DefaultTimeout: TimeSpan.FromSeconds(30));
        s.TimeoutFor(new ChatRequest("s", "u", Timeout: TimeSpan.FromSeconds(5))).ShouldBe(TimeSpan.FromSeconds(5));
        s.TimeoutFor(new ChatRequest("s", "u")).ShouldBe(TimeSpan.FromSeconds(30));
        (s with { DefaultTimeout = null }).TimeoutFor(new ChatRequest("s", "u")).ShouldBe(ProviderSettings.FallbackTimeout);
    }

    [Theory]
    [InlineData(ProviderKind.OpenAiCompatible, typeof(OpenAiCompatibleChatModel))]
    [InlineData(ProviderKind.Anthropic, typeof(AnthropicChatModel))]
    [InlineData(ProviderKind.Gemini, typeof(GeminiChatModel))]
    public void The_factory_builds_the_adapter_for_the_kind(ProviderKind kind, Type expected)
    {
        var model = ChatModelFactory.Create(new ProviderSettings("p", kind, ProviderSettings.DefaultBaseUrl(kind), "k", "m"), TimeProvider.System);
        model.ShouldBeOfType(expected);
        model.Provider.ShouldBe("p");
        model.Model.ShouldBe("m");
    }

    [Fact]
    public void The_factory_refuses_an_invalid_profile_naming_every_problem()
    {
        var ex = Should.Throw<ArgumentException>(() =>
            ChatModelFactory.Create(new ProviderSettings("p", ProviderKind.Gemini, "nope", null, ""), TimeProvider.System));
        ex.Message.ShouldContain("base URL");
        ex.Message.ShouldContain("model is empty");
    }
}
