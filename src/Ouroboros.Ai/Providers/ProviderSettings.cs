using Ouroboros.Core.Language;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// One provider profile. <see cref="BaseUrl"/> follows each SDK's own convention: OpenAI-compatible includes the
/// <c>/v1</c>-style prefix (the SDK appends <c>/chat/completions</c>), Anthropic and Gemini do not (their clients
/// append <c>/v1/messages</c> and <c>/v1beta/models/...</c>). <see cref="ApiKey"/> may be null only for local servers.
/// </summary>
public sealed record ProviderSettings(
    string Name,
    ProviderKind Kind,
    string BaseUrl,
    string? ApiKey,
    string Model,
    bool SupportsJsonSchema = true,
    bool UseMaxTokensField = false,
    TimeSpan? DefaultTimeout = null)
{
    public const string OpenAiDefaultBaseUrl = "https://api.openai.com/v1";
    public const string AnthropicDefaultBaseUrl = "https://api.anthropic.com";
    public const string GeminiDefaultBaseUrl = "https://generativelanguage.googleapis.com";

    /// <summary>Used when neither the request nor the profile gives a timeout.</summary>
    public static readonly TimeSpan FallbackTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The documented public endpoint for a kind.</summary>
    public static string DefaultBaseUrl(ProviderKind kind) => kind switch
    {
        ProviderKind.Anthropic => AnthropicDefaultBaseUrl,
        ProviderKind.Gemini => GeminiDefaultBaseUrl,
        _ => OpenAiDefaultBaseUrl,
    };

    /// <summary>Every problem with this profile at once; empty when it is usable. Never echoes the key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var label = string.IsNullOrWhiteSpace(Name) ? "provider" : $"provider '{Name}'";
        if (string.IsNullOrWhiteSpace(Name))
            problems.Add("provider name is empty");
        if (!Enum.IsDefined(Kind))
            problems.Add($"{label}: unknown kind {(int)Kind}");
        var uri = TryParseUrl(BaseUrl);
        if (uri is null)
            problems.Add($"{label}: base URL '{BaseUrl}' is not an absolute http or https URL");
        if (string.IsNullOrWhiteSpace(Model))
            problems.Add($"{label}: model is empty");
        if (string.IsNullOrWhiteSpace(ApiKey) && (uri is null || !IsLocalHost(uri)))
            problems.Add($"{label}: API key is missing (only local servers may run without one)");
        if (DefaultTimeout is { } t && t <= TimeSpan.Zero)
            problems.Add($"{label}: default timeout must be positive");
        return problems;
    }

    /// <summary>The timeout for one call: the request's, else this profile's, else <see cref="FallbackTimeout"/>.</summary>
    public TimeSpan TimeoutFor(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var t = request.Timeout ?? DefaultTimeout ?? FallbackTimeout;
        return t > TimeSpan.Zero ? t : FallbackTimeout;
    }

    internal static Uri? TryParseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    private static bool IsLocalHost(Uri uri) => uri.IsLoopback
        || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase);

    /// <summary>The key stays out of logs even when the record is printed.</summary>
    public override string ToString() =>
        $"{Name} ({Kind}) {BaseUrl} model={Model} key={(string.IsNullOrEmpty(ApiKey) ? "none" : "***")}";
}
