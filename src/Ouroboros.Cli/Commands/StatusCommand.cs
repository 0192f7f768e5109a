using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Agents;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros status`: every agent running on this journal, and the latest sessions.</summary>
public static class StatusCommand
{
    // snake_case like every other --json output (`run --json`, `risk status --json`), whatever the C# names are.
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var json = new Option<bool>("--json") { Description = "Print the status as one JSON object" };
        var command = globals.WithJournal(new Command("status", "Show the agents running on this journal: pid, mode, broker, markets, state, last bar, heartbeat, orders, positions, P&L.") { json });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var report = await services.GetRequiredService<AgentStatusQuery>().ExecuteAsync(5, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            var o = io.Out;
            if (report.Running.Count == 0) await o.WriteLineAsync("No agent is running on this journal.").ConfigureAwait(false);
            foreach (var a in report.Running)
            {
                var b = a.Heartbeat;
                var alive = a.Alive ? "running" : $"NOT RESPONDING (last heartbeat {a.Age.TotalSeconds:0} s ago; it may have crashed: run it again to recover)";
                await o.WriteLineAsync($"Agent {b.SessionId}: {alive}").ConfigureAwait(false);
                await o.WriteLineAsync($"  pid {b.ProcessId}, {b.Mode} on {b.Broker} ({b.Account}), markets {string.Join(",", b.Markets)}, heartbeat {b.At:u}").ConfigureAwait(false);
                if (a.Status is { } s)
                {
                    var pnl = s.DayPnl is { } p ? Money(p) : "n/a";
                    await o.WriteLineAsync($"  state {s.TradingState}; last bar {s.LastBarTime:yyyy-MM-dd HH:mm}Z; replay at {s.ReplayTime:u}; slice {s.SlicesDone}/{s.SlicesTotal}{(s.Recovering ? " (recovering)" : "")}").ConfigureAwait(false);
                    await o.WriteLineAsync($"  equity {Money(s.Equity)}, cash {Money(s.Cash)}, today's P&L {pnl}, {s.WorkingOrders} open orders").ConfigureAwait(false);
                    var positions = s.Positions.Count == 0 ? "none" : string.Join(", ", s.Positions.Select(kv => $"{kv.Key} {kv.Value.ToString(CultureInfo.InvariantCulture)}"));
                    await o.WriteLineAsync($"  positions {positions}").ConfigureAwait(false);
                }
            }
            if (report.Sessions.Count > 0)
            {
                await o.WriteLineAsync("Latest sessions:").ConfigureAwait(false);
                foreach (var s in report.Sessions)
                    await o.WriteLineAsync($"  {s.SessionId}  {s.Status.ToString().ToLowerInvariant(),-8} {s.Mode.ToString().ToLowerInvariant()} {s.Broker} {s.Strategy}, {s.SlicesDone} slices, {s.Restarts} restarts, started {s.StartedAt:u}").ConfigureAwait(false);
            }
            await o.WriteLineAsync($"Journal: {report.Journal}").ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static string Money(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
