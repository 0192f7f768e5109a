namespace Ouroboros.Core.Language;

/// <summary>
/// One configured model behind one provider: a chat completion with optional structured (JSON-schema) output.
/// Expected failures (rate limits, server errors, timeouts, unusable bodies) come back as a failed
/// <see cref="ChatResult"/>; vendor exceptions never leave the adapter. Adapters do not retry: routing does.
/// </summary>
public interface IChatModel
{
    /// <summary>The provider profile's name, e.g. "openai", "gemini", "anthropic", "ollama".</summary>
    string Provider { get; }

    /// <summary>The model id sent on the wire, e.g. "gpt-5.1".</summary>
    string Model { get; }

    Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken);
}
