using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ouroboros.Application.Markets;

namespace Ouroboros.Cli.Output;

/// <summary>`markets`: a table with each market's local time, or a JSON array of {market, open, session, next_open, next_close}.</summary>
public static class MarketStatusPrinter
{
    private const string IsoLocal = "yyyy-MM-dd'T'HH:mm:sszzz";

    // Offsets read "+09:00", not "\u002B09:00": the output is for terminals and scripts, never embedded in HTML.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task PrintAsync(TextWriter output, MarketStatusResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        await output.WriteLineAsync($"Markets at {result.At.ToString(IsoLocal, CultureInfo.InvariantCulture)}").ConfigureAwait(false);
        await output.WriteLineAsync($"{"MARKET",-7} {"OPEN",-4} {"SESSION",-8} {"LOCAL TIME",-25} {"NEXT OPEN",-25} {"NEXT CLOSE",-25} NOTE").ConfigureAwait(false);
        foreach (var r in result.Markets)
        {
            var local = r.LocalTime.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
            await output.WriteLineAsync(
                $"{r.Market,-7} {(r.Open ? "yes" : "no"),-4} {r.Session,-8} {local,-25} {Iso(r.NextOpen) ?? "-",-25} {Iso(r.NextClose) ?? "-",-25} {r.Note}".TrimEnd())
                .ConfigureAwait(false);
        }
    }

    public static async Task PrintJsonAsync(TextWriter output, MarketStatusResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Markets.Select(r => new Dictionary<string, object?>
        {
            ["market"] = r.Market, ["open"] = r.Open, ["session"] = r.Session, ["next_open"] = Iso(r.NextOpen), ["next_close"] = Iso(r.NextClose),
        });
        await output.WriteLineAsync(JsonSerializer.Serialize(rows, JsonOptions)).ConfigureAwait(false);
    }

    private static string? Iso(DateTimeOffset? local) => local?.ToString(IsoLocal, CultureInfo.InvariantCulture);
}
