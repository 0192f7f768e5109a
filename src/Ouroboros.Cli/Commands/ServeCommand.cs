using System.CommandLine;
using System.Net;
using Ouroboros.Core.Errors;
using Ouroboros.Hosting;
using Ouroboros.Web;
using Ouroboros.Web.Security;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// `ouroboros serve`: the REST API over a journal, for looking at backtests and a stopped (or running) agent, and for
/// halting, resuming or killing trading. It prints the address once, with the token when the token was made here
/// (Jupyter's way); the token is never logged.
/// </summary>
public static class ServeCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var port = ValueOption.Whole("--port", $"TCP port to listen on ({SettingDefault.Of("Web:Port")})", 1, 65535, "8080");
        var host = new Option<string?>("--host")
        {
            Description = $"Address to bind ({SettingDefault.Of("Web:Host")}); anything but loopback needs Web:Token",
            HelpName = "address",
            CustomParser = r => r.Tokens is [{ Value: var text }] && !IsHost(text)
                ? Refuse(r, $"--host '{text}' is not an IP address or localhost; e.g. --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface, needs Web:Token)")
                : r.Tokens is [{ Value: var ok }] ? ok.Trim() : null,
        };
        var command = globals.WithJournal(new Command("serve",
            "Serve the REST API (OpenAPI document at /openapi/v1.json) over this journal: status, account, orders, runs, playbooks, LLM cost, and halt/resume/kill.")
            { port, host });
        command.SetAction(async (parse, ct) =>
        {
            var loaded = globals.LoadOptions(parse);
            var options = loaded with { Web = loaded.Web with { Host = parse.GetValue(host) ?? loaded.Web.Host, Port = parse.GetValue(port) ?? loaded.Web.Port } };
            var store = globals.StoreOptions(parse, options);
            if (!File.Exists(store.Path))
                throw new NotFoundException("db", $"no journal at {store.Path}; run a backtest or the agent first, or name a journal with «db»");
            await using var web = await WebHost.StartAsync(options, store, ct).ConfigureAwait(false);
            await io.Out.WriteLineAsync($"Serving {Path.GetFullPath(store.Path)} at {web.Address}").ConfigureAwait(false);
            var open = web.OpenLine;
            await io.Out.WriteLineAsync(char.ToUpperInvariant(open[0]) + open[1..]).ConfigureAwait(false);
            await io.Out.WriteLineAsync("Press Ctrl-C to stop.").ConfigureAwait(false);
            await io.Out.FlushAsync(ct).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl-C or SIGTERM is how a server ends; stop accepting and let requests in flight finish.
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    private static bool IsHost(string text) => text.Trim().Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(text.Trim(), out _);

    private static string? Refuse(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null;
    }
}
