using Ouroboros.Core.Language;
using Ouroboros.Ai.Providers;

namespace Ouroboros.Benchmarks;

/// <summary>An <see cref="IChatModel"/> that answers every request at once with the same completed task (no HTTP, no allocation).</summary>
public sealed class CannedChatModel(string provider, string model, string answer, int tokensIn, int tokensOut) : IChatModel
{
    private readonly Task<ChatResult> _answer = Task.FromResult(ChatResult.Success(answer, tokensIn, tokensOut, TimeSpan.FromMilliseconds(900), "stop"));

    public string Provider => provider;
    public string Model => model;

    public Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken) => _answer;
}
