using Ouroboros.Domain.Venues;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Instruments;
using Ouroboros.Core.Sizing;
using System.Globalization;

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
            var (name, value) = (p[..eq].Trim(), p[(eq + 1)..].Trim());
            // A repeated name is a conflict, not an update: keeping the last would silently run what was not meant.
            if (d.TryGetValue(name, out var earlier))
                throw new InvalidInputException("param", $"--param {name} is given twice ({name}={earlier} and {name}={value}); give each parameter once, e.g. --param {name}={earlier}");
            d[name] = value;
        }
        return d;
    }

    /// <summary>
    /// The sizing from --sizing and --quantity: --quantity alone is fixed:N and completes a bare --sizing fixed; with
    /// any other --sizing the two would contradict each other, so that is an error rather than one silently winning.
    /// </summary>
    public static SizingPolicy Sizing(string? sizingText, decimal? quantity, string configured)
    {
        if (quantity is not { } q) return SizingPolicy.Parse(sizingText ?? configured);
        if (sizingText is null) return SizingPolicy.Parse("fixed", q);
        var bare = sizingText.Trim().ToLowerInvariant();
        if (bare is "fixed" or "quantity") return SizingPolicy.Parse(bare, q);
        var qText = q.ToString(CultureInfo.InvariantCulture);
        throw new InvalidInputException("quantity",
            $"--quantity {qText} and --sizing {sizingText} both set how much to buy; give one of them: --quantity {qText} (same as --sizing fixed:{qText}) or --sizing {sizingText}");
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
