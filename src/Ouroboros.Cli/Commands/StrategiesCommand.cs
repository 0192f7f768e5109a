using System.CommandLine;
using Ouroboros.Strategies;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros strategies`: the built-in strategies and their typed parameters.</summary>
public static class StrategiesCommand
{
    public static Command Create(CliIo io)
    {
        var command = new Command("strategies", "List the built-in strategies and their parameters.");
        command.SetAction(async (_, _) =>
        {
            foreach (var f in BuiltInStrategies.Registry().All.OrderBy(f => f.Name, StringComparer.Ordinal))
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
