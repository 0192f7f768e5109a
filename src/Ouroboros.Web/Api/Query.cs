using System.Globalization;
using Ouroboros.Application.Monitoring;
using Ouroboros.Core.Errors;

namespace Ouroboros.Web.Api;

/// <summary>
/// Query values arrive as text and are parsed here, so a bad one is a 400 problem naming the parameter, what was
/// wrong and an example, instead of the framework's bare 400.
/// </summary>
public static class Query
{
    public static PageRequest Page(string? limit, string? offset) => new(Whole(limit, "limit", "50"), Whole(offset, "offset", "100"));

    public static int? Whole(string? text, string name, string example)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidInputException(name, $"«{name}» '{text}' is not a whole number; e.g. {name}={example}");
    }

    public static DateOnly? Day(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidInputException(name, $"«{name}» '{text}' is not a date; use YYYY-MM-DD, e.g. {name}=2026-03-18");
    }

    public static DateTimeOffset? Instant(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new InvalidInputException(name, $"«{name}» '{text}' is not a time; use ISO 8601, e.g. {name}=2026-03-18T09:30:00Z");
    }

    public static bool? Flag(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return bool.TryParse(text, out var value) ? value
            : throw new InvalidInputException(name, $"«{name}» '{text}' must be true or false");
    }

    /// <summary>One of a fixed set of words (any case), returned lower-case; absent is null.</summary>
    public static string? Choice(string? text, string name, IReadOnlyList<string> choices)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lower = text.Trim().ToLowerInvariant();
        return choices.Contains(lower, StringComparer.Ordinal) ? lower
            : throw new InvalidInputException(name, $"«{name}» '{text}' must be one of {string.Join(", ", choices)}");
    }

    /// <summary>True when <paramref name="filter"/> is absent or equals <paramref name="value"/> ignoring case.</summary>
    public static bool Keeps(string? filter, string? value) =>
        string.IsNullOrWhiteSpace(filter) || string.Equals(filter.Trim(), value, StringComparison.OrdinalIgnoreCase);
}
