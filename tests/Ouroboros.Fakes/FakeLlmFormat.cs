namespace Ouroboros.Fakes;

/// <summary>The wire format a request arrived in.</summary>
public enum FakeLlmFormat
{
    OpenAi,
    Anthropic,
    Gemini,
}
