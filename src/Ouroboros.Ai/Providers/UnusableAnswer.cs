using Ouroboros.Core.Language;
using System.Text.Json;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// An exception that is neither an HTTP error nor a transport failure: a body the SDK could not read is
/// Malformed; anything else is Unknown (kept as a value so a vendor bug never escapes the adapter).
/// </summary>
internal static class UnusableAnswer
{
    public static ChatFailure From(Exception ex, string? apiKey)
    {
        var text = SecretRedactor.Clean($"{ex.GetType().Name}: {ex.Message}", apiKey);
        return IsParseError(ex)
            ? new ChatFailure(ChatFailureKind.Malformed, "unreadable answer: " + text)
            : new ChatFailure(ChatFailureKind.Unknown, text);
    }

    private static bool IsParseError(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or InvalidCastException
                or ArgumentException or NullReferenceException
                || e.GetType().Name.Contains("InvalidData", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
