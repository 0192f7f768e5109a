using Ouroboros.Domain.Venues;
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

    /// <summary>--from and --to (already parsed and in range) as a period that must not end before it starts.</summary>
    public static (DateTimeOffset? From, DateTimeOffset? To) Period(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } f && to is { } t && f > t)
            throw new InvalidInputException("from", $"«from» {f:yyyy-MM-dd} is after «to» {t:yyyy-MM-dd}; the period must start before it ends, e.g. «from» 2020-01-01 «to» 2020-12-31");
        return (from, to);
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
