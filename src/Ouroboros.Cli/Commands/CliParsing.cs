using Ouroboros.Domain.Venues;
using System.Globalization;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Cli.Commands;

/// <summary>Parsing of option values that System.CommandLine leaves as text, with errors that say how to fix them.</summary>
public static class CliParsing
{
    /// <summary>key=value pairs from repeated --param options.</summary>
    public static Dictionary<string, string> Parameters(IEnumerable<string>? pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in pairs ?? [])
        {
            var eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == p.Length - 1) throw new InvalidInputException("param", $"--param '{p}' must look like name=value, e.g. --param fast=10");
            d[p[..eq].Trim()] = p[(eq + 1)..].Trim();
        }
        return d;
    }

    /// <summary>yyyy-MM-dd (or any ISO date-time) as UTC; an end date includes its whole day.</summary>
    public static DateTimeOffset? Date(string? text, string option, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }
        string[] iso = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmZ", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz"];
        if (DateTimeOffset.TryParseExact(text, iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)) return t;
        throw new InvalidInputException(option.TrimStart('-'), $"{option} '{text}' is not a date; use YYYY-MM-DD, e.g. {option} 2015-01-01");
    }

    public static Venue Venue(string? text) => (text ?? "generic").Trim().ToLowerInvariant() switch
    {
        "generic" or "" => Domain.Venues.Venue.Generic,
        "krx" => Domain.Venues.Venue.Krx,
        "us" => Domain.Venues.Venue.Us,
        "bybit" => Domain.Venues.Venue.Bybit,
        _ => throw new InvalidInputException("venue", $"--venue '{text}' is unknown; use krx, us or bybit (or leave it out for the generic model)"),
    };

    public static Ai.Routing.CacheMode CacheMode(string text) => text.Trim().ToLowerInvariant() switch
    {
        "off" => Ai.Routing.CacheMode.Off,
        "record" => Ai.Routing.CacheMode.Record,
        "replay" => Ai.Routing.CacheMode.Replay,
        _ => throw new InvalidInputException("llm-cache", $"--llm-cache must be record, replay or off, not '{text}'"),
    };
}
