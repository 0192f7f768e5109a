using Ouroboros.Core.Language;
using Ouroboros.Ai.Providers;
using Ouroboros.Fakes;
using static Ouroboros.Ai.Tests.Providers.FakeProviders;

namespace Ouroboros.Ai.Tests.Providers;

/// <summary>Each adapter against the loopback fake: every scripted outcome maps to the right result.</summary>
public sealed class AdapterOutcomeTests
{
    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_success_returns_the_text_with_usage_and_latency(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.Success("{\"action\":\"HOLD\"}", 61, 28));
        result.Succeeded.ShouldBeTrue(result.Failure?.ToString());
        result.Text.ShouldBe("{\"action\":\"HOLD\"}");
        result.TokensIn.ShouldBe(61);
        result.TokensOut.ShouldBe(28);
        result.Latency.ShouldBeGreaterThan(TimeSpan.Zero);
        result.FinishReason.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task An_empty_queue_gets_the_default_hold_decision(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await Model(fake, kind).CompleteAsync(Request(), CancellationToken.None);
        result.Text.ShouldBe(FakeLlmServer.DefaultDecision);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_rate_limit_is_retryable_after_the_delay_the_provider_asked_for(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.RateLimited(TimeSpan.FromSeconds(7)));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.RateLimited);
        result.Failure.HttpStatus.ShouldBe(429);
        result.Failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        result.Failure.IsRetryable.ShouldBeTrue();
        fake.Requests.Count.ShouldBe(1, "the SDK's own retries must be off");
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_spent_quota_is_not_a_rate_limit(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.QuotaExhausted());
        result.Failure!.Kind.ShouldBe(ChatFailureKind.QuotaExhausted);
        result.Failure.IsRetryable.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_500_is_a_server_error(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.ServerError());
        result.Failure!.Kind.ShouldBe(ChatFailureKind.ServerError);
        result.Failure.HttpStatus.ShouldBe(500);
        fake.Requests.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(ProviderKind.Anthropic, ChatFailureKind.Overloaded, 529)]
    [InlineData(ProviderKind.OpenAiCompatible, ChatFailureKind.ServerError, 503)]
    [InlineData(ProviderKind.Gemini, ChatFailureKind.ServerError, 503)]
    public async Task Overload_is_its_own_kind_only_where_the_vendor_has_one(ProviderKind kind, ChatFailureKind expected, int status)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.Overloaded());
        result.Failure!.Kind.ShouldBe(expected);
        result.Failure.HttpStatus.ShouldBe(status);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_hang_beyond_the_request_timeout_is_a_timeout(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.Hang(TimeSpan.FromSeconds(20)), TimeSpan.FromMilliseconds(300));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Timeout);
        result.Failure.HttpStatus.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task An_empty_body_is_malformed(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.EmptyBody());
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Malformed);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_body_that_is_not_json_is_malformed(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.MalformedBody());
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Malformed);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_refusal_is_refused(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.Refusal());
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Refused);
        result.Failure.IsRetryable.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_truncated_answer_fails_but_keeps_its_usage(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.Truncated(tokensIn: 50, tokensOut: 256));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Truncated);
        result.TokensIn.ShouldBe(50);
        result.TokensOut.ShouldBe(256);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_schema_violating_answer_is_passed_through_raw_for_the_parser(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, kind, FakeLlmReply.SchemaViolating("{\"verdict\":\"maybe\"}"));
        result.Succeeded.ShouldBeTrue();
        result.Text.ShouldBe("{\"verdict\":\"maybe\"}");
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_closed_port_is_a_network_failure(ProviderKind kind)
    {
        string baseUrl;
        await using (var fake = await FakeLlmServer.StartAsync())
            baseUrl = BaseUrlFor(fake, kind);
        var model = ChatModelFactory.Create(Settings(kind, baseUrl), TimeProvider.System);
        var result = await model.CompleteAsync(Request(), CancellationToken.None);
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Network);
        result.Failure.HttpStatus.ShouldBeNull();
        result.Failure.Message.ShouldNotContain(Key);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task A_rejected_key_is_an_auth_failure_whose_message_never_shows_the_key(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var echo = $"{{\"error\":{{\"message\":\"Incorrect API key provided: {Key}\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}}}";
        var result = await AskAsync(fake, kind, FakeLlmReply.Raw(401, echo));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Auth);
        result.Failure.Message.ShouldNotContain(Key);
        result.Failure.ToString().ShouldNotContain(Key);
    }

    [Fact]
    public async Task The_caller_cancelling_is_not_reported_as_a_failure()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        fake.Enqueue(FakeLlmReply.Hang(TimeSpan.FromSeconds(20)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Should.ThrowAsync<OperationCanceledException>(() =>
            Model(fake, ProviderKind.Gemini).CompleteAsync(Request(TimeSpan.FromSeconds(10)), cts.Token));
    }
}
