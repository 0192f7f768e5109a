using System.Net;
using Microsoft.Extensions.AI;
using Ouroboros.Ai.Providers;
using Ouroboros.Core.Language;

namespace Ouroboros.Ai.Tests.Providers;

public sealed class ChatClientModelTests
{
    private static readonly ChatRequest Request = new("You are terse.", "Say hi.", "decision", """{"type":"object","properties":{"action":{"type":"string"}}}""", 200, 0.1);

    [Fact]
    public async Task An_answer_keeps_its_text_usage_and_finish_reason()
    {
        var client = new ScriptedChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, """{"action":"hold"}"""))
        {
            Usage = new UsageDetails { InputTokenCount = 42, OutputTokenCount = 7 },
            FinishReason = ChatFinishReason.Stop,
        });
        var result = await Model(client).CompleteAsync(Request, CancellationToken.None);

        result.Succeeded.ShouldBeTrue();
        result.Text.ShouldBe("""{"action":"hold"}""");
        (result.TokensIn, result.TokensOut).ShouldBe((42, 7));
        result.FinishReason.ShouldBe("stop");
    }

    [Fact]
    public async Task The_request_reaches_the_client_as_system_and_user_messages_with_its_schema_and_limits()
    {
        var client = new ScriptedChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        await Model(client).CompleteAsync(Request, CancellationToken.None);

        var (messages, options) = client.Calls.ShouldHaveSingleItem();
        messages.Select(m => (m.Role, m.Text)).ShouldBe([(ChatRole.System, "You are terse."), (ChatRole.User, "Say hi.")]);
        options!.ModelId.ShouldBe("llama3.1");
        options.MaxOutputTokens.ShouldBe(200);
        options.Temperature.ShouldBe(0.1f);
        var format = options.ResponseFormat.ShouldBeOfType<ChatResponseFormatJson>();
        format.SchemaName.ShouldBe("decision");
        format.Schema!.Value.GetProperty("properties").GetProperty("action").GetProperty("type").GetString().ShouldBe("string");
    }

    [Fact]
    public async Task Usage_the_client_did_not_report_stays_unknown_not_zero()
    {
        var client = new ScriptedChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        var result = await Model(client).CompleteAsync(Request, CancellationToken.None);

        result.TokensIn.ShouldBeNull();
        result.TokensOut.ShouldBeNull();
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, ChatFailureKind.RateLimited)]
    [InlineData(HttpStatusCode.ServiceUnavailable, ChatFailureKind.ServerError)]
    [InlineData(HttpStatusCode.Unauthorized, ChatFailureKind.Auth)]
    [InlineData(HttpStatusCode.BadRequest, ChatFailureKind.InvalidRequest)]
    public async Task An_http_error_becomes_a_failure_of_the_same_kind_as_the_native_adapters_give(HttpStatusCode status, ChatFailureKind kind)
    {
        var client = new ScriptedChatClient(_ => throw new HttpRequestException("boom", null, status));
        var result = await Model(client).CompleteAsync(Request, CancellationToken.None);

        result.Succeeded.ShouldBeFalse();
        result.Failure!.Kind.ShouldBe(kind);
        result.Failure.HttpStatus.ShouldBe((int)status);
    }

    [Fact]
    public async Task No_connection_is_a_network_failure()
    {
        var client = new ScriptedChatClient(_ => throw new HttpRequestException("connection refused"));
        var result = await Model(client).CompleteAsync(Request, CancellationToken.None);

        result.Failure!.Kind.ShouldBe(ChatFailureKind.Network);
        result.Failure.IsRetryable.ShouldBeTrue();
    }

    [Fact]
    public async Task A_vendor_exception_never_crosses_the_port()
    {
        var client = new ScriptedChatClient(_ => throw new InvalidDataException("vendor parser broke"));
        var result = await Model(client).CompleteAsync(Request, CancellationToken.None);

        result.Failure!.Kind.ShouldBe(ChatFailureKind.Unknown);
        result.Failure.Message.ShouldContain("vendor parser broke");
    }

    [Fact]
    public async Task An_answer_cut_at_the_token_limit_is_truncated_and_keeps_its_usage()
    {
        var client = new ScriptedChatClient(_ => new ChatResponse(new ChatMessage(ChatRole.Assistant, "{\"act"))
        {
            FinishReason = ChatFinishReason.Length,
            Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 200 },
        });
        var result = await Model(client).CompleteAsync(Request, CancellationToken.None);

        result.Failure!.Kind.ShouldBe(ChatFailureKind.Truncated);
        result.TokensOut.ShouldBe(200);
    }

    [Fact]
    public async Task A_cancelled_caller_is_not_reported_as_a_timeout()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var client = new ScriptedChatClient(_ => throw new OperationCanceledException());

        await Should.ThrowAsync<OperationCanceledException>(() => Model(client).CompleteAsync(Request, cts.Token));
    }

    private static ChatClientModel Model(IChatClient client) => new(client, "ollama", "llama3.1", TimeProvider.System);

    private sealed class ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, ChatResponse> answer) : IChatClient
    {
        public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            Calls.Add((list, options));
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(answer(list));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the adapter never streams");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
