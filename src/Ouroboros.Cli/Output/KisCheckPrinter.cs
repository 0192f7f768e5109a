using System.Text.Json;
using Ouroboros.Application.Kis;
using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Cli.Output;

/// <summary>`kis check`: where it checked, then one line per check (ok or failed, and why), or one JSON object.</summary>
public static class KisCheckPrinter
{
    public static async Task PrintAsync(TextWriter output, KisCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        await output.WriteLineAsync($"KIS {KisHosts.Name(result.Environment)} host {result.RestUrl} (WebSocket {result.WebSocketUrl}), account {result.Account}").ConfigureAwait(false);
        var width = result.Checks.Max(c => c.Name.Length);
        foreach (var check in result.Checks)
            await output.WriteLineAsync($"{check.Name.PadRight(width)}  {(check.Ok ? "ok    " : "failed")}  {check.Detail}").ConfigureAwait(false);
        var failed = result.Checks.Count(c => !c.Ok);
        await output.WriteLineAsync(failed == 0
            ? $"All {result.Checks.Count} checks passed."
            : $"{failed} of {result.Checks.Count} checks failed.").ConfigureAwait(false);
    }

    public static async Task PrintJsonAsync(TextWriter output, KisCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["ok"] = result.Ok,
            ["environment"] = result.Environment == KisEnvironment.Real ? "real" : "vts",
            ["rest_url"] = result.RestUrl,
            ["websocket_url"] = result.WebSocketUrl,
            ["account"] = result.Account,
            ["checks"] = result.Checks.Select(c => new Dictionary<string, object?> { ["name"] = c.Name, ["ok"] = c.Ok, ["detail"] = c.Detail }),
        })).ConfigureAwait(false);
    }
}
