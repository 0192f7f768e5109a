using Ouroboros.Core.Errors;
using System.CommandLine;
using Ouroboros.Ai.Decisions;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros llm parse-decision|usage|test`: tools for the language-model side of the engine.</summary>
public static class LlmCommand
{
    /// <summary>
    /// Resolves the global --config/--env-file/--db options by name, for a tree built without the
    /// <see cref="GlobalOptions"/> instance; they are recursive options of the root, so the names always resolve.
    /// </summary>
    public static Command Create(CliIo io) => Create(io, parse =>
    {
        var options = OuroborosConfiguration.Load(Directory.GetCurrentDirectory(), parse.GetValue<string?>("--config"), parse.GetValue<string?>("--env-file"));
        return (options, new SqliteStoreOptions { Path = parse.GetValue<string?>("--db") ?? options.StoragePath });
    });

    public static Command Create(GlobalOptions globals, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(globals);
        return Create(io, parse =>
        {
            var options = globals.LoadOptions(parse);
            return (options, globals.StoreOptions(parse, options));
        });
    }

    private static Command Create(CliIo io, Func<ParseResult, (OuroborosOptions Options, SqliteStoreOptions Store)> settings)
    {
        ArgumentNullException.ThrowIfNull(io);
        var command = new Command("llm", "Inspect how model answers are understood, what the models cost, and whether each provider answers.");
        command.Add(ParseDecision(io));
        command.Add(LlmUsageCommand.Create(io, settings));
        command.Add(LlmTestCommand.Create(io, settings));
        return command;
    }

    private static Command ParseDecision(CliIo io)
    {
        var minConfidence = new Option<int>("--min-confidence")
        {
            Description = "Confidence (0-100) below which a BUY or SELL becomes HOLD",
            DefaultValueFactory = _ => DecisionParser.DefaultMinConfidence,
        };
        var command = new Command("parse-decision", "Read one raw model answer on stdin and print the normalised decision as JSON.") { minConfidence };
        command.SetAction(async (parse, cancel) =>
        {
            var threshold = parse.GetValue(minConfidence);
            if (threshold is < 0 or > 100) throw new InvalidInputException("min-confidence", $"--min-confidence must be 0-100, not {threshold}");
            // Read one character past the cap so an oversized answer is reported as such instead of silently cut.
            var buffer = new char[DecisionParser.MaxInputLength + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await io.In.ReadAsync(buffer.AsMemory(length), cancel).ConfigureAwait(false)) > 0)
                length += read;
            var decision = DecisionParser.Parse(new string(buffer, 0, length), threshold);
            // An answer that could not be understood is still a result: the HOLD decision and its reason are the output.
            await io.Out.WriteLineAsync(DecisionJson.Write(decision)).ConfigureAwait(false);
            return CliApp.ExitOk;
        });
        return command;
    }
}
