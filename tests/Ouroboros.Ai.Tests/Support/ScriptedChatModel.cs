using Ouroboros.Core.Language;
using Ouroboros.Ai.Providers;

namespace Ouroboros.Ai.Tests.Support;

/// <summary>An <see cref="IChatModel"/> that answers from a script, then repeats its default; records every request.</summary>
public sealed class ScriptedChatModel(string provider, string model, Func<ChatRequest, ChatResult>? fallback = null) : IChatModel
{
    private readonly Queue<ChatResult> _script = new();

    public string Provider => provider;
    public string Model => model;
    public List<ChatRequest> Requests { get; } = [];

    public ScriptedChatModel Then(ChatResult result)
    {
        _script.Enqueue(result);
        return this;
    }

    public ScriptedChatModel ThenFail(ChatFailureKind kind, TimeSpan? retryAfter = null, int? status = null) =>
        Then(ChatResult.Fail(new ChatFailure(kind, $"scripted {kind}", status, retryAfter), TimeSpan.FromMilliseconds(5)));

    public ScriptedChatModel ThenAnswer(string text, int tokensIn = 100, int tokensOut = 20) =>
        Then(ChatResult.Success(text, tokensIn, tokensOut, TimeSpan.FromMilliseconds(12), "stop"));

    public Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (_script.TryDequeue(out var next)) return Task.FromResult(next);
        return Task.FromResult(fallback?.Invoke(request) ?? ChatResult.Success("""{"action":"HOLD","confidence":50,"rationale":"default"}""", 10, 5, TimeSpan.FromMilliseconds(3), "stop"));
    }
}
