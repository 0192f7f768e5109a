namespace Ouroboros.Ai.Providers;

/// <summary>Which wire format a provider speaks; decides the adapter <see cref="ChatModelFactory"/> builds.</summary>
public enum ProviderKind
{
    /// <summary>OpenAI Chat Completions, and servers that copy it (DeepSeek, Qwen, Ollama, vLLM, Gemini's compat layer).</summary>
    OpenAiCompatible,
    /// <summary>Anthropic Messages API.</summary>
    Anthropic,
    /// <summary>Google Gemini native <c>generateContent</c>.</summary>
    Gemini,
}
