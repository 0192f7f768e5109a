using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Catalog;
using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros strategies`: every strategy, from the one registry, and its typed parameters.</summary>
public static class StrategiesCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("strategies", "List every strategy (the built-in ones, playbook and llm) and its parameters.");
        command.SetAction(async (parse, _) =>
        {
            // The list does not depend on configuration, so a broken config file does not hide it.
            await using var services = globals.Services(parse, OuroborosOptions.Defaults);
            foreach (var f in services.GetRequiredService<ListStrategies>().Execute())
            {
                await io.Out.WriteLineAsync($"{f.Name}: {f.Description}").ConfigureAwait(false);
                foreach (var p in f.Parameters)
                {
                    var range = (p.Min, p.Max) switch
                    {
                        (null, null) => "",
                        ({ } lo, null) => $", ≥ {lo}",
                        (null, { } hi) => $", ≤ {hi}",
                        ({ } lo, { } hi) => $", {lo}..{hi}",
                    };
                    await io.Out.WriteLineAsync($"  --param {p.Name}=<{p.Kind.ToString().ToLowerInvariant()}> (default {p.Default}{range}) {p.Description}").ConfigureAwait(false);
                }
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}
