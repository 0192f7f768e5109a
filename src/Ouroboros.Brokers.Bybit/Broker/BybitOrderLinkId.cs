using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>Bybit's rule for orderLinkId (external-apis.md §1.6): at most 36 characters of [A-Za-z0-9_-].</summary>
internal static class BybitOrderLinkId
{
    public const int MaxLength = 36;

    /// <summary>Why <paramref name="id"/> cannot be an orderLinkId, or null when it can.</summary>
    public static string? Problem(ClientOrderId id)
    {
        var text = id.Value;
        if (text.Length > MaxLength) return $"client order id '{text}' is {text.Length} characters; Bybit takes at most {MaxLength}";
        return text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? null
            : $"client order id '{text}' holds characters Bybit refuses; use only letters, digits, '_' and '-'";
    }
}
