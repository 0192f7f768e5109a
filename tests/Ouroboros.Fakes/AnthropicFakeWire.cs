using System.Text.Json.Nodes;

namespace Ouroboros.Fakes;

/// <summary>Anthropic Messages answers and errors (external-apis.md §2.6).</summary>
internal static class AnthropicFakeWire
{
    public static FakeHttpAnswer Write(FakeLlmReply reply, string? model) => reply.Kind switch
    {
        FakeLlmReplyKind.Success or FakeLlmReplyKind.SchemaViolating => Message(model, reply.Text, "end_turn", reply),
        FakeLlmReplyKind.Truncated => Message(model, reply.Text, "max_tokens", reply),
        FakeLlmReplyKind.Refusal => Message(model, null, "refusal", reply),
        FakeLlmReplyKind.RateLimited => Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit.",
            ("retry-after", OpenAiFakeWire.Seconds(reply.RetryAfter))),
        FakeLlmReplyKind.QuotaExhausted => Error(402, "billing_error", "Your credit balance is too low to access the Anthropic API."),
        FakeLlmReplyKind.ServerError => Error(reply.Status ?? 500, "api_error", "Internal server error"),
        FakeLlmReplyKind.Overloaded => Error(529, "overloaded_error", "Overloaded"),
        _ => Error(500, "api_error", "fake: unsupported reply"),
    };

    public static FakeHttpAnswer Unauthorized() => Error(401, "authentication_error", "invalid x-api-key");

    private static FakeHttpAnswer Message(string? model, string? text, string stop, FakeLlmReply reply)
    {
        var content = new JsonArray();
        if (text is not null)
            content.Add(new JsonObject { ["type"] = "text", ["text"] = text });
        var body = new JsonObject
        {
            ["id"] = "msg_01FakeFakeFake",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = model ?? "fake",
            ["content"] = content,
            ["stop_reason"] = stop,
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject
            {
                ["input_tokens"] = reply.TokensIn,
                ["output_tokens"] = reply.TokensOut,
                ["cache_creation_input_tokens"] = 0,
                ["cache_read_input_tokens"] = 0,
                ["service_tier"] = "standard",
            },
        };
        return FakeHttpAnswer.Json(200, body.ToJsonString(), ("request-id", "req_fake"));
    }

    private static FakeHttpAnswer Error(int status, string type, string message, params (string Name, string Value)[] headers)
    {
        var body = new JsonObject
        {
            ["type"] = "error",
            ["error"] = new JsonObject { ["type"] = type, ["message"] = message },
            ["request_id"] = "req_fake",
        };
        return FakeHttpAnswer.Json(status, body.ToJsonString(), [.. headers, ("request-id", "req_fake"), ("x-should-retry", "false")]);
    }
}
