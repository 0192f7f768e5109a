using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ouroboros.Core.Planning;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Planning;
using Ouroboros.Core.Errors;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros plan`: the playbook for one market and day, from the model or the rules planner (and it says which).</summary>
public static class PlanCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        var market = new Option<string>("--market") { Description = "KR, US, or a market name (see `ouroboros markets`)", Required = true };
        var date = ValueOption.Day("--date", "Trading day to plan, YYYY-MM-DD; only bars dated before it are used");
        date.Required = true;
        var data = new Option<string[]>("--data") { Description = "Daily CSV file or folder (repeatable; each file is one instrument)", Required = true };
        var planner = ValueOption.Choice("--planner", "Who writes the playbook (default: llm when a provider is configured, else rules)", "llm", "rules");
        var llmCache = ValueOption.Choice("--llm-cache", $"Model answer cache ({SettingDefault.Of("Llm:Cache")})", "record", "replay", "off");
        var json = new Option<bool>("--json") { Description = "Print the playbook as one JSON object" };
        var command = globals.WithJournal(new Command("plan", "Write the day's playbook (stance and scenarios per instrument) and store it in the journal.")
        {
            market, date, data, planner, llmCache, json,
        });
        command.SetAction(async (parse, ct) =>
        {
            var options = globals.LoadOptions(parse);
            var day = parse.GetValue(date)!.Value;
            var cache = parse.GetValue(llmCache) is { } c ? CliParsing.CacheMode(c) : (Ai.Routing.CacheMode?)null;
            await using var services = globals.Services(parse, options);
            var result = await services.GetRequiredService<PlanDay>()
                .ExecuteAsync(new PlanDayRequest(parse.GetValue(market)!, day, parse.GetValue(data) ?? [], parse.GetValue(planner), cache), ct).ConfigureAwait(false);
            var (plan, name) = (result.Plan, result.Planner);

            if (parse.GetValue(json))
            {
                var node = PlaybookJson.ToNode(plan.Playbook);
                node["status"] = plan.Status;
                node["planner"] = name;
                node["problem"] = plan.Problem;
                node["tokens"] = plan.Tokens;
                node["notes"] = new JsonArray([.. plan.Notes.Select(n => (JsonNode?)JsonValue.Create(n))]);
                await io.Out.WriteLineAsync(node.ToJsonString()).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            var p = plan.Playbook;
            await io.Out.WriteLineAsync($"Playbook {p.Market} {p.Date:yyyy-MM-dd}: {p.OriginLabel}, {plan.Status}, stance {p.Stance.ToString().ToLowerInvariant()} ({name} planner)").ConfigureAwait(false);
            if (plan.Problem is { } problem) await io.Out.WriteLineAsync($"  fallback because: {problem}").ConfigureAwait(false);
            if (p.Summary is { } summary) await io.Out.WriteLineAsync($"  {summary}").ConfigureAwait(false);
            foreach (var note in plan.Notes) await io.Out.WriteLineAsync($"  · {note}").ConfigureAwait(false);
            if (plan.Tokens is { } tokens) await io.Out.WriteLineAsync($"  tokens: {tokens}").ConfigureAwait(false);
            if (p.Scenarios.Count == 0) await io.Out.WriteLineAsync("  no scenarios: nothing to do today").ConfigureAwait(false);
            foreach (var s in p.Scenarios)
            {
                await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {s.Id,-28} {s.Action.ToString().ToUpperInvariant(),-4} when {s.Condition}")).ConfigureAwait(false);
                await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {"",-28} confidence {s.Confidence:0.00}, allocation {(s.Allocation is { } a ? a.ToString("P0", CultureInfo.InvariantCulture) : "default")}, stop {s.StopLoss?.ToString(CultureInfo.InvariantCulture) ?? "-"}, take profit {s.TakeProfit?.ToString(CultureInfo.InvariantCulture) ?? "-"}")).ConfigureAwait(false);
                if (s.Rationale is { } why) await io.Out.WriteLineAsync($"  {"",-28} {why}").ConfigureAwait(false);
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}
