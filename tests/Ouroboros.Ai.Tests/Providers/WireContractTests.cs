using Ouroboros.Core.Language;
using System.Text.Json;
using Ouroboros.Ai.Providers;
using Ouroboros.Fakes;
using static Ouroboros.Ai.Tests.Providers.FakeProviders;

namespace Ouroboros.Ai.Tests.Providers;

/// <summary>What each adapter puts on the wire (external-apis.md §2) and the vendor-specific error bodies.</summary>
public sealed class WireContractTests
{
    [Fact]
    public async Task OpenAi_sends_a_bearer_key_and_a_strict_json_schema()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        await Model(fake, ProviderKind.OpenAiCompatible).CompleteAsync(Request(), CancellationToken.None);
        var r = fake.Requests.ShouldHaveSingleItem();
        r.Format.ShouldBe(FakeLlmFormat.OpenAi);
        r.Path.ShouldBe("/v1/chat/completions");
        r.Header("Authorization").ShouldBe("Bearer " + Key);
        r.Model.ShouldBe("test-model");
        r.SystemText.ShouldBe(Request().System);
        r.UserText.ShouldBe(Request().User);
        r.SchemaRequested.ShouldBeTrue();
        using var body = JsonDocument.Parse(r.RawBody);
        var format = body.RootElement.GetProperty("response_format");
        format.GetProperty("json_schema").GetProperty("name").GetString().ShouldBe("trade_decision");
        format.GetProperty("json_schema").GetProperty("strict").GetBoolean().ShouldBeTrue();
        body.RootElement.GetProperty("max_completion_tokens").GetInt32().ShouldBe(256);
    }

    [Fact]
    public async Task OpenAi_can_send_max_tokens_and_json_object_mode_for_older_servers()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var settings = Settings(ProviderKind.OpenAiCompatible, fake.OpenAiBaseUrl) with { SupportsJsonSchema = false, UseMaxTokensField = true };
        await ChatModelFactory.Create(settings, TimeProvider.System).CompleteAsync(Request(), CancellationToken.None);
        using var body = JsonDocument.Parse(fake.Requests.ShouldHaveSingleItem().RawBody);
        body.RootElement.GetProperty("response_format").GetProperty("type").GetString().ShouldBe("json_object");
        body.RootElement.GetProperty("max_tokens").GetInt32().ShouldBe(256);
        body.RootElement.TryGetProperty("max_completion_tokens", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Anthropic_sends_the_key_the_way_sdk_13_does_with_a_version_and_an_output_config_schema()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        await Model(fake, ProviderKind.Anthropic).CompleteAsync(Request(), CancellationToken.None);
        var r = fake.Requests.ShouldHaveSingleItem();
        r.Path.ShouldBe("/v1/messages");
        // external-apis.md §2.6 names x-api-key (SDK 12.x); SDK 13.11 sends the API key as a Bearer token.
        (r.Header("x-api-key") ?? r.Header("Authorization")?.Replace("Bearer ", "", StringComparison.Ordinal)).ShouldBe(Key);
        r.Header("anthropic-version").ShouldNotBeNullOrWhiteSpace();
        r.Header("x-stainless-retry-count").ShouldBe("0");
        r.SystemText.ShouldBe(Request().System);
        r.UserText.ShouldBe(Request().User);
        r.SchemaRequested.ShouldBeTrue();
        using var body = JsonDocument.Parse(r.RawBody);
        body.RootElement.GetProperty("max_tokens").GetInt32().ShouldBe(256);
        body.RootElement.GetProperty("output_config").GetProperty("format").GetProperty("schema").GetProperty("type").GetString().ShouldBe("object");
    }

    [Fact]
    public async Task Gemini_sends_the_key_in_a_header_and_a_response_json_schema()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        await Model(fake, ProviderKind.Gemini).CompleteAsync(Request(), CancellationToken.None);
        var r = fake.Requests.ShouldHaveSingleItem();
        r.Path.ShouldBe("/v1beta/models/test-model:generateContent");
        r.Model.ShouldBe("test-model");
        r.Header("x-goog-api-key").ShouldBe(Key);
        r.Path.ShouldNotContain(Key);
        r.SystemText.ShouldBe(Request().System);
        r.UserText.ShouldBe(Request().User);
        r.SchemaRequested.ShouldBeTrue();
        using var body = JsonDocument.Parse(r.RawBody);
        var config = body.RootElement.GetProperty("generationConfig");
        config.GetProperty("responseMimeType").GetString().ShouldBe("application/json");
        config.GetProperty("maxOutputTokens").GetInt32().ShouldBe(256);
        config.GetProperty("responseJsonSchema").GetProperty("required").GetArrayLength().ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(FakeProviders))]
    public async Task Free_text_requests_ask_for_no_schema(ProviderKind kind)
    {
        await using var fake = await FakeLlmServer.StartAsync();
        await Model(fake, kind).CompleteAsync(Request(schema: false), CancellationToken.None);
        fake.Requests.ShouldHaveSingleItem().SchemaRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task A_keyless_gemini_request_meets_the_fakes_401_as_an_auth_failure()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var settings = Settings(ProviderKind.Gemini, fake.GeminiBaseUrl, key: null);
        var result = await ChatModelFactory.Create(settings, TimeProvider.System).CompleteAsync(Request(), CancellationToken.None);
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Auth);
        result.Failure.HttpStatus.ShouldBe(401);
    }

    [Fact]
    public async Task Gemini_reports_a_bad_key_as_400_invalid_argument_which_is_auth()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        const string body = """{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}}""";
        var result = await AskAsync(fake, ProviderKind.Gemini, FakeLlmReply.Raw(400, body));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.Auth);
    }

    [Fact]
    public async Task Another_400_is_an_invalid_request()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        const string body = """{"error":{"message":"The model `nope` does not exist","type":"invalid_request_error","param":null,"code":"model_not_found"}}""";
        var result = await AskAsync(fake, ProviderKind.OpenAiCompatible, FakeLlmReply.Raw(404, body));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.InvalidRequest);
        result.Failure.Message.ShouldContain("does not exist");
    }

    [Fact]
    public async Task Geminis_openai_compat_error_array_with_a_per_minute_quota_is_a_rate_limit()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        const string body = """[{"error":{"code":429,"message":"Resource exhausted","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]},{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"3.700s"}]}}]""";
        var result = await AskAsync(fake, ProviderKind.OpenAiCompatible, FakeLlmReply.Raw(429, body));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.RateLimited);
        result.Failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(3.7));
    }

    [Fact]
    public async Task Geminis_openai_compat_error_array_with_a_per_day_quota_is_a_spent_quota()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        const string body = """[{"error":{"code":429,"message":"Resource exhausted","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]}]}}]""";
        var result = await AskAsync(fake, ProviderKind.OpenAiCompatible, FakeLlmReply.Raw(429, body));
        result.Failure!.Kind.ShouldBe(ChatFailureKind.QuotaExhausted);
    }

    [Fact]
    public async Task Gemini_takes_a_fractional_retry_delay_from_retry_info()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        var result = await AskAsync(fake, ProviderKind.Gemini, FakeLlmReply.RateLimited(TimeSpan.FromSeconds(3.7)));
        result.Failure!.RetryAfter.ShouldBe(TimeSpan.FromSeconds(3.7));
    }
}
