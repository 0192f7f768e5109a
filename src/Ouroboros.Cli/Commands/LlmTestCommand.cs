using System.CommandLine;
using Ouroboros.Cli.Output;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Hosting.Llm;
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
            var asJson = parse.GetValue(json);
            if (!options.Llm.AnyProvider)
            {
                await LlmTestPrinter.PrintNoProviderAsync(io.Out, asJson).ConfigureAwait(false);
                return CliApp.ExitOk;
            }
            var runtime = await new LlmRuntimeFactory(options, store, TimeProvider.System).CreateAsync(null, ct).ConfigureAwait(false);
            var order = options.Llm.Providers.Select(p => p.Settings.Name).ToList();
            var profiles = runtime.Router.Profiles.OrderBy(p => order.FindIndex(n => string.Equals(n, p.Name, StringComparison.OrdinalIgnoreCase))).ToList();
            var secrets = options.Llm.Providers.Select(p => p.Settings.ApiKey).OfType<string>().ToList();
            var probe = new LlmTestProbe(options.Llm.Prices, runtime.Calls, TimeProvider.System, secrets);
            // One profile at a time: the log's appends stay in order, and a slow provider's latency is its own.
            var results = new List<LlmTestResult>();
            foreach (var profile in profiles)
                results.Add(await probe.RunAsync(profile, ct).ConfigureAwait(false));
            if (asJson) await LlmTestPrinter.PrintJsonAsync(io.Out, results).ConfigureAwait(false);
            else await LlmTestPrinter.PrintAsync(io.Out, results).ConfigureAwait(false);
            return results.All(r => r.Ok) ? CliApp.ExitOk : CliApp.ExitUnexpected;
        });
        return command;
    }
}
