using System.Globalization;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes;

/// <summary>Gemini <c>generateContent</c> answers and Google-envelope errors (external-apis.md §2.4).</summary>
internal static class GeminiFakeWire
{
    public static FakeHttpAnswer Write(FakeLlmReply reply, string? model) => reply.Kind switch
    {
        FakeLlmReplyKind.Success or FakeLlmReplyKind.SchemaViolating => Answer(model, reply.Text, "STOP", reply),
        FakeLlmReplyKind.Truncated => Answer(model, reply.Text, "MAX_TOKENS", reply),
        FakeLlmReplyKind.Refusal => Answer(model, null, "SAFETY", reply),
        FakeLlmReplyKind.RateLimited => Exhausted(model, "GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "10", reply.RetryAfter),
        FakeLlmReplyKind.QuotaExhausted => Exhausted(model, "GenerateRequestsPerDayPerProjectPerModel-FreeTier", "20", reply.RetryAfter),
        FakeLlmReplyKind.ServerError => Error(reply.Status ?? 500, "INTERNAL", "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting"),
        FakeLlmReplyKind.Overloaded => Error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        _ => Error(500, "INTERNAL", "fake: unsupported reply"),
    };

    public static FakeHttpAnswer Unauthorized() => Error(401, "UNAUTHENTICATED", "Method doesn't allow unregistered callers. Please use API Key or other form of API consumer identity to call this API.");

    private static FakeHttpAnswer Answer(string? model, string? text, string finish, FakeLlmReply reply)
    {
        var candidate = new JsonObject { ["finishReason"] = finish, ["index"] = 0 };
        if (text is not null)
            candidate["content"] = new JsonObject { ["role"] = "model", ["parts"] = new JsonArray(new JsonObject { ["text"] = text }) };
        var body = new JsonObject
        {
            ["candidates"] = new JsonArray(candidate),
            ["usageMetadata"] = new JsonObject
            {
                ["promptTokenCount"] = reply.TokensIn,
                ["candidatesTokenCount"] = reply.TokensOut,
                ["totalTokenCount"] = reply.TokensIn + reply.TokensOut,
            },
            ["modelVersion"] = model ?? "fake",
            ["responseId"] = "fake-response",
        };
        return FakeHttpAnswer.Json(200, body.ToJsonString());
    }

    private static FakeHttpAnswer Exhausted(string? model, string quotaId, string quotaValue, TimeSpan? retryAfter)
    {
        var delay = (retryAfter ?? TimeSpan.FromSeconds(27)).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
        var details = new JsonArray(
            new JsonObject
            {
                ["@type"] = "type.googleapis.com/google.rpc.QuotaFailure",
                ["violations"] = new JsonArray(new JsonObject
                {
                    ["quotaMetric"] = "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                    ["quotaId"] = quotaId,
                    ["quotaDimensions"] = new JsonObject { ["location"] = "global", ["model"] = model ?? "fake" },
                    ["quotaValue"] = quotaValue,
                }),
            },
            new JsonObject { ["@type"] = "type.googleapis.com/google.rpc.RetryInfo", ["retryDelay"] = delay });
        return Error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota, please check your plan and billing details.", details);
    }

    private static FakeHttpAnswer Error(int status, string canonical, string message, JsonArray? details = null)
    {
        var error = new JsonObject { ["code"] = status, ["message"] = message, ["status"] = canonical };
        if (details is not null)
            error["details"] = details;
        return FakeHttpAnswer.Json(status, new JsonObject { ["error"] = error }.ToJsonString());
    }
}
