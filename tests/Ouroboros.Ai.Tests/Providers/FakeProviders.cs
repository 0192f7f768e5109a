using Ouroboros.Core.Language;
using Ouroboros.Ai.Providers;
using Ouroboros.Fakes;

namespace Ouroboros.Ai.Tests.Providers;

/// <summary>Adapters pointed at a <see cref="FakeLlmServer"/>, and the request every test sends.</summary>
internal static class FakeProviders
{
    public const string Key = "sk-test-SECRET-0123456789abcdef";

    public const string Schema = """
        {"type":"object","properties":{"action":{"type":"string","enum":["BUY","SELL","HOLD"]},"confidence":{"type":"number"},"rationale":{"type":"string"}},"required":["action","confidence","rationale"],"additionalProperties":false}
        """;

    public static TheoryData<ProviderKind> Kinds => [ProviderKind.OpenAiCompatible, ProviderKind.Anthropic, ProviderKind.Gemini];

    public static ProviderSettings Settings(ProviderKind kind, string baseUrl, string? key = Key) =>
        new(kind.ToString().ToLowerInvariant(), kind, baseUrl, key, "test-model");

    public static string BaseUrlFor(FakeLlmServer fake, ProviderKind kind) => kind switch
    {
        ProviderKind.Anthropic => fake.AnthropicBaseUrl,
        ProviderKind.Gemini => fake.GeminiBaseUrl,
        _ => fake.OpenAiBaseUrl,
    };

    public static IChatModel Model(FakeLlmServer fake, ProviderKind kind, string? key = Key) =>
        ChatModelFactory.Create(Settings(kind, BaseUrlFor(fake, kind), key), TimeProvider.System);

    public static ChatRequest Request(TimeSpan? timeout = null, bool schema = true) =>
        new("You are a careful analyst. Reply with JSON only.", "BTCUSDT 4h: close 37150, EMA50 36620. Decide.",
            schema ? "trade_decision" : null, schema ? Schema : null, 256, 0.2, timeout ?? TimeSpan.FromSeconds(10));

    public static async Task<ChatResult> AskAsync(FakeLlmServer fake, ProviderKind kind, FakeLlmReply reply, TimeSpan? timeout = null)
    {
        fake.Enqueue(reply);
        var result = await Model(fake, kind).CompleteAsync(Request(timeout), CancellationToken.None);
        if (result.Failure is { } f)
            f.Message.ShouldNotContain(Key);
        return result;
    }
}
