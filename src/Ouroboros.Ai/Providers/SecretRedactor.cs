namespace Ouroboros.Ai.Providers;

/// <summary>
/// Keeps failure messages short, single-line and free of the API key (servers sometimes echo a partial or full key
/// back, e.g. "Incorrect API key provided: sk-...").
/// </summary>
internal static class SecretRedactor
{
    private const int MaxLength = 400;

    public static string Clean(string? message, string? apiKey)
    {
        var text = message ?? string.Empty;
        if (!string.IsNullOrEmpty(apiKey))
        {
            text = text.Replace(apiKey, "***", StringComparison.Ordinal);
            // A key cut short by the server still leaks its prefix; drop any long run of it.
            if (apiKey.Length >= 12)
                text = text.Replace(apiKey[..12], "***", StringComparison.Ordinal);
        }
        text = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
