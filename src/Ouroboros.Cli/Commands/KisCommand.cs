using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Kis;
using Ouroboros.Cli.Output;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros kis check`: whether the configured KIS key, account and hosts work; read-only, never an order.</summary>
public static class KisCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(io);
        var symbol = new Option<string>("--symbol") { Description = "Symbol to quote and subscribe to", DefaultValueFactory = _ => "005930" };
        var market = new Option<string>("--market") { Description = $"Market of --symbol: {KisMarkets.Accepted}", DefaultValueFactory = _ => "KR" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with a result per check" };
        var check = globals.WithJournal(new Command("check",
            "Check the KIS settings against the hosts, read-only (never an order): the access token (reused from the journal when still valid), " +
            "the balance, one quote and a WebSocket handshake. One line per check; exit 0 when all pass, 1 otherwise.")
        {
            symbol, market, json,
        });
        check.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var result = await services.GetRequiredService<KisCheck>()
                .ExecuteAsync(new KisCheckRequest(parse.GetValue(symbol) ?? "005930", parse.GetValue(market) ?? "KR"), ct).ConfigureAwait(false);
            if (parse.GetValue(json)) await KisCheckPrinter.PrintJsonAsync(io.Out, result).ConfigureAwait(false);
            else await KisCheckPrinter.PrintAsync(io.Out, result).ConfigureAwait(false);
            return result.Ok ? CliApp.ExitOk : CliApp.ExitUnexpected;
        });
        return new Command("kis", "Korea Investment & Securities: check the configured key, account and hosts (docs/brokers/kis.md).") { check };
    }
}
