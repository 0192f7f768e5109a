using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Brain;
using Ouroboros.Cli.Output;
using Ouroboros.Hosting;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros llm test`: one tiny request to every configured profile, each on its own; exit 1 when any failed.</summary>
public static class LlmTestCommand
{
    public static Command Create(CliIo io, Func<ParseResult, (OuroborosOptions Options, SqliteStoreOptions Store)> settings)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(settings);
        var json = new Option<bool>("--json") { Description = "Print one JSON object with a result per profile" };
        var command = new Command("test", "Send one small JSON request to each configured model profile directly (no fallback, no retry) and show whether it answered, how fast, the tokens and the cost. Calls are logged under the task llm-test.")
        {
            json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (options, store) = settings(parse);
            await using var services = Composition.Build(options, store, Composition.ConsoleWarnings);
            var result = await services.GetRequiredService<ProbeModels>().ExecuteAsync(new ProbeModelsRequest(), ct).ConfigureAwait(false);
            var asJson = parse.GetValue(json);
            if (!result.AnyProvider) await LlmTestPrinter.PrintNoProviderAsync(io.Out, asJson).ConfigureAwait(false);
            else if (asJson) await LlmTestPrinter.PrintJsonAsync(io.Out, result.Profiles).ConfigureAwait(false);
            else await LlmTestPrinter.PrintAsync(io.Out, result.Profiles).ConfigureAwait(false);
            return result.Ok ? CliApp.ExitOk : CliApp.ExitUnexpected;
        });
        return command;
    }
}
