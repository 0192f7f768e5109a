using Ouroboros.Core.Language;

namespace Ouroboros.Ai.Providers;

/// <summary>Builds the adapter a profile's <see cref="ProviderKind"/> asks for, after checking the profile.</summary>
public static class ChatModelFactory
{
    private static readonly Lazy<HttpClient> SharedHttp = new(() => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });

    /// <param name="httpClient">
    /// Transport for the OpenAI-compatible and Gemini adapters (a shared client by default). The Anthropic adapter
    /// always owns its client because it needs a handler that reads Retry-After.
    /// </param>
    /// <exception cref="ArgumentException">The profile is invalid; the message lists every problem.</exception>
    public static IChatModel Create(ProviderSettings settings, TimeProvider clock, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = settings.Validate();
        if (problems.Count > 0)
            throw new ArgumentException(string.Join("; ", problems), nameof(settings));
        return settings.Kind switch
        {
            ProviderKind.Anthropic => new AnthropicChatModel(settings, clock),
            ProviderKind.Gemini => new GeminiChatModel(settings, clock, httpClient ?? SharedHttp.Value),
            _ => new OpenAiCompatibleChatModel(settings, clock, httpClient),
        };
    }
}
