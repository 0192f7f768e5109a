using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// The one place options that take numbers, dates or a fixed set of words are built. Their values are checked while
/// parsing, so a bad value is one `error:` line in the user's words (what was wrong, what is allowed, an example),
/// never System.CommandLine's "expected type 'System.Int32'" and never an overflow further down.
/// </summary>
public static class ValueOption
{
    /// <summary>Money a user can mean: a cent up to a quadrillion, so no sum of it overflows a decimal later.</summary>
    public const decimal MaxMoney = 1_000_000_000_000_000m;

    /// <summary>A decimal number in [min, max], written in plain digits (no exponent, no thousands separators).</summary>
    public static Option<decimal?> Number(string name, string description, decimal min, decimal max, string example) =>
        new(name) { Description = description, HelpName = "number", CustomParser = r => ParseNumber(r, name, min, max, example) };

    /// <summary>A whole number in [min, max]; absent is null.</summary>
    public static Option<int?> Whole(string name, string description, int min, int max, string example) =>
        new(name) { Description = description, HelpName = "n", CustomParser = r => ParseWhole(r, name, min, max, example) };

    /// <summary>A whole number in [min, max] with a default that --help shows from the same value.</summary>
    public static Option<int> Whole(string name, string description, int min, int max, string example, int defaultValue) =>
        new(name)
        {
            Description = description,
            HelpName = "n",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => ParseWhole(r, name, min, max, example) ?? defaultValue,
        };

    /// <summary>One of a fixed set of words (any case); the value is returned lower-case.</summary>
    public static Option<string?> Choice(string name, string description, params string[] choices) =>
        new(name) { Description = description, HelpName = string.Join('|', choices), CustomParser = r => ParseChoice(r, name, choices) };

    /// <summary>A date (YYYY-MM-DD, or an ISO date-time) as UTC; an end date includes its whole day.</summary>
    public static Option<DateTimeOffset?> Date(string name, string description, bool endOfDay) =>
        new(name) { Description = description, HelpName = "YYYY-MM-DD", CustomParser = r => ParseDate(r, name, endOfDay) };

    /// <summary>A calendar day, YYYY-MM-DD only.</summary>
    public static Option<DateOnly?> Day(string name, string description) =>
        new(name) { Description = description, HelpName = "YYYY-MM-DD", CustomParser = r => ParseDay(r, name) };

    private static decimal? ParseNumber(ArgumentResult result, string name, decimal min, decimal max, string example)
    {
        if (Token(result) is not { } text) return null;
        var allowed = $"use a number from {Plain(min)} to {Plain(max)} in plain digits, e.g. {name} {example}";
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var why = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? (Math.Abs(d) > (double)max ? "is too large" : "is written with an exponent or separators")
                : "is not a number";
            result.AddError($"{name} '{text}' {why}; {allowed}");
            return null;
        }
        if (value < min || value > max)
        {
            result.AddError($"{name} {Plain(value)} is {(value < min ? "too small" : "too large")}; {allowed}");
            return null;
        }
        return value;
    }

    private static int? ParseWhole(ArgumentResult result, string name, int min, int max, string example)
    {
        if (Token(result) is not { } text) return null;
        var allowed = $"use a whole number from {min} to {max}, e.g. {name} {example}";
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var digits = text.TrimStart('-', '+').All(char.IsAsciiDigit) && text.TrimStart('-', '+').Length > 0;
            result.AddError($"{name} '{text}' {(digits ? "is too large" : "is not a whole number")}; {allowed}");
            return null;
        }
        if (value < min || value > max)
        {
            result.AddError($"{name} {value} is {(value < min ? "too small" : "too large")}; {allowed}");
            return null;
        }
        return (int)value;
    }

    private static string? ParseChoice(ArgumentResult result, string name, string[] choices)
    {
        if (Token(result) is not { } text) return null;
        var match = choices.FirstOrDefault(c => c.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null) result.AddError($"{name} '{text}' is not one of {string.Join(", ", choices)}; e.g. {name} {choices[0]}");
        return match;
    }

    private static DateTimeOffset? ParseDate(ArgumentResult result, string name, bool endOfDay)
    {
        if (Token(result) is not { } text) return null;
        if (UserDates.TryParse(text, name, endOfDay, out var value, out var problem)) return value;
        result.AddError(problem);
        return null;
    }

    private static DateOnly? ParseDay(ArgumentResult result, string name)
    {
        if (Token(result) is not { } text) return null;
        if (UserDates.TryParseDay(text, name, out var day, out var problem)) return day;
        result.AddError(problem);
        return null;
    }

    private static string? Token(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[0].Value;

    private static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
