using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes;

/// <summary>OpenAI Chat Completions answers and errors (external-apis.md §2.1).</summary>
internal static class OpenAiFakeWire
{
    public static FakeHttpAnswer Write(FakeLlmReply reply, string? model) => reply.Kind switch
    {
        FakeLlmReplyKind.Success or FakeLlmReplyKind.SchemaViolating => Completion(model, reply.Text, null, "stop", reply),
        FakeLlmReplyKind.Truncated => Completion(model, reply.Text, null, "length", reply),
        FakeLlmReplyKind.Refusal => Completion(model, null, reply.Text, "stop", reply),
        FakeLlmReplyKind.RateLimited => FakeHttpAnswer.Json(429,
            Error($"Rate limit reached for {model} on requests per min (RPM): Limit 3, Used 3, Requested 1.", "requests", "rate_limit_exceeded"),
            ("retry-after", Seconds(reply.RetryAfter)), ("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-reset-requests", Seconds(reply.RetryAfter) + "s")),
        FakeLlmReplyKind.QuotaExhausted => FakeHttpAnswer.Json(429,
            Error("You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", "insufficient_quota")),
        FakeLlmReplyKind.ServerError => FakeHttpAnswer.Json(reply.Status ?? 500,
            Error("The server had an error while processing your request. Sorry about that!", "server_error", null)),
        FakeLlmReplyKind.Overloaded => FakeHttpAnswer.Json(503, Error("The engine is currently overloaded, please try again later.", "server_error", null)),
        _ => FakeHttpAnswer.Json(500, Error("fake: unsupported reply", "server_error", null)),
    };

    public static FakeHttpAnswer Unauthorized() => FakeHttpAnswer.Json(401,
        Error("You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.", "invalid_request_error", "invalid_api_key"));

    private static FakeHttpAnswer Completion(string? model, string? content, string? refusal, string finish, FakeLlmReply reply)
    {
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1700007000,
            ["model"] = model ?? "fake",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal, ["annotations"] = new JsonArray() },
                ["logprobs"] = null,
                ["finish_reason"] = finish,
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = reply.TokensIn,
                ["completion_tokens"] = reply.TokensOut,
                ["total_tokens"] = reply.TokensIn + reply.TokensOut,
            },
        };
        return FakeHttpAnswer.Json(200, body.ToJsonString());
    }

    private static string Error(string message, string type, string? code) =>
        new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = code } }.ToJsonString();

    internal static string Seconds(TimeSpan? t) =>
        ((long)Math.Ceiling((t ?? TimeSpan.FromSeconds(1)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
