using Ouroboros.Core.Language;

namespace Ouroboros.Application.Tests.Brain;

/// <summary>A model that answers from a script and remembers what it was asked; never a real provider.</summary>
public sealed class ScriptedChatModel(string provider, string model, Func<ChatRequest, ChatResult> answer) : IChatModel
{
    public string Provider { get; } = provider;
    public string Model { get; } = model;
    public List<ChatRequest> Requests { get; } = [];

    public Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(answer(request));
    }
}
