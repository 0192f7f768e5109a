using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Operations;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.State;

namespace Ouroboros.Cli.Commands;

/// <summary>
/// `ouroboros risk status|halt|resume|kill|history`: the operator's side of the trading states. States live in the
/// journal, not in a process, so a restart never resumes anything; only `risk resume` does.
/// </summary>
public static class RiskCommand
{
    private static IReadOnlyList<string> Markets => TradingStateOperations.Markets;

    public static Command Create(GlobalOptions globals, CliIo io) =>
        new("risk", "Trading states (ACTIVE / REDUCING / HALTED) per account and market, the kill switch and the risk limits in effect.")
        {
            Status(globals, io), Halt(globals, io), Resume(globals, io), Kill(globals, io), History(globals, io),
        };

    private static Command Status(GlobalOptions globals, CliIo io)
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = globals.WithJournal(new Command("status", "Show each scope's trading state and every risk limit: its hard value and the value in effect.") { json });
        command.SetAction(async (parse, ct) =>
        {
            // A looser risk setting stops here, every problem listed at once.
            await using var services = globals.Services(parse);
            var status = await services.GetRequiredService<TradingStateOperations>().StatusAsync(ct).ConfigureAwait(false);
            var states = status.States;
            var limits = status.Limits;
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["states"] = states.Select(s => new Dictionary<string, object?>
                    {
                        ["scope"] = s.State.Scope, ["state"] = Upper(s.State.State), ["killed"] = s.State.Killed,
                        ["since"] = s.Stored ? s.State.Since : null, ["cause"] = s.State.Cause, ["reason"] = s.State.Reason,
                    }),
                    ["limits"] = limits.Select(l => new Dictionary<string, object?>
                    {
                        ["key"] = l.Limit.Key, ["hard"] = l.Limit.Hard, ["in_effect"] = l.InEffect, ["tightened"] = l.InEffect != l.Limit.Hard,
                        ["description"] = l.Limit.Description,
                    }),
                })).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            await io.Out.WriteLineAsync($"Trading states ({status.Journal})").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"  {"SCOPE",-8} {"STATE",-16} {"SINCE",-24} {"CAUSE",-16} REASON").ConfigureAwait(false);
            foreach (var (s, isStored) in states)
                await io.Out.WriteLineAsync($"  {s.Scope,-8} {Show(s.State, s.Killed),-16} {(isStored ? Time(s.Since) : "-"),-24} {s.Cause,-16} {s.Reason}").ConfigureAwait(false);
            await io.Out.WriteLineAsync().ConfigureAwait(false);
            await io.Out.WriteLineAsync("Risk limits (hard = the risk policy; configuration may only make them stricter)").ConfigureAwait(false);
            await io.Out.WriteLineAsync($"  {"LIMIT",-26} {"HARD",14} {"IN EFFECT",14}").ConfigureAwait(false);
            foreach (var (limit, inEffect) in limits)
            {
                var mark = inEffect is null ? "  (unknown to this build)" : inEffect != limit.Hard ? "  (tightened)" : "";
                await io.Out.WriteLineAsync($"  {limit.Key,-26} {Value(limit, limit.Hard),14} {Value(limit, inEffect),14}{mark}").ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    private static Command Halt(GlobalOptions globals, CliIo io)
    {
        var market = MarketOption();
        var reason = ReasonOption();
        var command = globals.WithJournal(new Command("halt", "Put the account (or one market) into HALTED: no new entries until `risk resume`. Survives restarts.") { market, reason });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await ForChange(globals, parse, io, stoppingTrading: true).ConfigureAwait(false);
            var change = await services.GetRequiredService<TradingStateOperations>()
                .HaltAsync(new ChangeTradingStateRequest(parse.GetValue(market), parse.GetValue(reason)!, Actor()), ct).ConfigureAwait(false);
            return await Report(io, change, "already HALTED",
                $"It stays HALTED across restarts until `ouroboros risk resume{MarketArgument(change.Before.Scope)} --reason ...`.").ConfigureAwait(false);
        });
        return command;
    }

    private static Command Resume(GlobalOptions globals, CliIo io)
    {
        var market = MarketOption();
        var reason = ReasonOption();
        var command = globals.WithJournal(new Command("resume", "Return the account (or one market) to ACTIVE after a halt, a circuit breaker or the kill switch.") { market, reason });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await ForChange(globals, parse, io, stoppingTrading: false).ConfigureAwait(false);
            var change = await services.GetRequiredService<TradingStateOperations>()
                .ResumeAsync(new ChangeTradingStateRequest(parse.GetValue(market), parse.GetValue(reason)!, Actor()), ct).ConfigureAwait(false);
            return await Report(io, change, "already ACTIVE; nothing to resume", "").ConfigureAwait(false);
        });
        return command;
    }

    private static Command Kill(GlobalOptions globals, CliIo io)
    {
        var reason = ReasonOption();
        var command = globals.WithJournal(new Command("kill", "Kill switch: the account goes HALTED and KILLED; every order is denied until `risk resume`.") { reason });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await ForChange(globals, parse, io, stoppingTrading: true).ConfigureAwait(false);
            var change = await services.GetRequiredService<TradingStateOperations>()
                .KillAsync(new KillRequest(parse.GetValue(reason)!, Actor()), ct).ConfigureAwait(false);
            return await Report(io, change, "already KILLED", "Every order is denied until `ouroboros risk resume --reason ...`.").ConfigureAwait(false);
        });
        return command;
    }

    private static Command History(GlobalOptions globals, CliIo io)
    {
        var scope = new Option<string?>("--scope") { Description = "Only this scope: account or a market (" + string.Join(", ", Markets) + ")" };
        var limit = ValueOption.Whole("--limit", "How many transitions (newest first)", 1, 10_000, "50", 20);
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = globals.WithJournal(new Command("history", "List trading state transitions, newest first, with who made them and why.") { scope, limit, json });
        command.SetAction(async (parse, ct) =>
        {
            await using var services = globals.Services(parse);
            var result = await services.GetRequiredService<TradingStateOperations>()
                .HistoryAsync(new TradingStateHistoryRequest(parse.GetValue(scope), parse.GetValue(limit)), ct).ConfigureAwait(false);
            var history = result.Transitions;
            if (parse.GetValue(json))
            {
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(history.Select(t => new Dictionary<string, object?>
                {
                    ["time"] = t.Time, ["scope"] = t.Scope, ["from"] = Upper(t.From), ["to"] = Upper(t.To), ["killed"] = t.Killed,
                    ["cause"] = t.Cause, ["reason"] = t.Reason, ["actor"] = t.Actor,
                }))).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            if (history.Count == 0)
            {
                await io.Out.WriteLineAsync($"No trading state changes recorded{(result.Scope is null ? "" : " for " + result.Scope)}; every scope without one is ACTIVE.").ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            await io.Out.WriteLineAsync($"{"TIME",-24} {"SCOPE",-8} {"TRANSITION",-28} {"CAUSE",-16} {"ACTOR",-20} REASON").ConfigureAwait(false);
            foreach (var t in history)
            {
                await io.Out.WriteLineAsync($"{Time(t.Time),-24} {t.Scope,-8} {Upper(t.From) + " → " + Show(t.To, t.Killed),-28} {t.Cause,-16} {t.Actor,-20} {t.Reason}")
                    .ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// The kill switch must always work: halt, kill and resume need only the journal's location, so they run with
    /// whatever configuration can be read and list every other problem as a warning. The one exception: resume refuses
    /// risk limits looser than the policy, since those are the limits trading would resume under.
    /// </summary>
    private static async Task<ServiceProvider> ForChange(GlobalOptions globals, ParseResult parse, CliIo io, bool stoppingTrading)
    {
        var readable = globals.LoadReadableOptions(parse);
        if (!stoppingTrading && readable.RiskProblems.Count > 0)
            throw new ConfigurationException([.. readable.RiskProblems, "fix the risk limits before resuming"]);
        foreach (var problem in readable.Problems)
            await io.Error.WriteLineAsync($"warning: configuration: {problem}").ConfigureAwait(false);
        var store = globals.StoreOptions(parse, readable.Options);
        if (readable.Problems.Count > 0)
        {
            var where = globals.DatabaseGiven(parse) is not null || readable.JournalKnown
                ? $"going ahead in the journal {store.Path}"
                : $"going ahead in the journal {store.Path}, the default; if your configuration names another one, run this again with --db FILE";
            await io.Error.WriteLineAsync($"warning: {where}").ConfigureAwait(false);
        }
        return globals.Services(parse, readable.Options);
    }

    private static async Task<int> Report(CliIo io, TradingStateChange change, string unchanged, string note)
    {
        if (change.Transition is not { } t)
        {
            var s = change.Before;
            var since = s.Since == DateTimeOffset.MinValue ? "" : $" since {Time(s.Since)} ({s.Cause}: {s.Reason})";
            await io.Out.WriteLineAsync($"{s.Scope} is {unchanged}{since}. Nothing was changed.").ConfigureAwait(false);
            return CliApp.ExitOk;
        }
        await io.Out.WriteLineAsync($"{t.Scope}: {Upper(t.From)} → {Show(t.To, t.Killed)} ({t.Cause}, {t.Actor}): {t.Reason}. {note}".TrimEnd()).ConfigureAwait(false);
        return CliApp.ExitOk;
    }

    private static Option<string?> MarketOption() =>
        new("--market") { Description = "A market instead of the whole account: " + string.Join(", ", Markets) };

    private static Option<string> ReasonOption() =>
        new("--reason") { Description = "Why (kept in the state log with your user name)", Required = true };

    private static string Actor() => "cli:" + (string.IsNullOrWhiteSpace(Environment.UserName) ? "unknown" : Environment.UserName);

    private static string MarketArgument(string scope) => scope == TradingStateOperations.Account ? "" : " --market " + scope;

    private static string Upper(TradingState state) => state.ToString().ToUpperInvariant();

    private static string Show(TradingState state, bool killed) => killed ? Upper(state) + " KILLED" : Upper(state);

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Value(LimitDefinition limit, decimal? value) => value is not { } v ? "n/a"
        : limit.IsBoolean ? (v != 0 ? "true" : "false") : v.ToString("0.####", CultureInfo.InvariantCulture);
}
