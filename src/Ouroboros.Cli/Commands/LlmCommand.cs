using Ouroboros.Core.Errors;
using System.CommandLine;
using Ouroboros.Ai.Decisions;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros llm parse-decision|usage|test`: tools for the language-model side of the engine.</summary>
public static class LlmCommand
{
    public static Command Create(GlobalOptions globals, CliIo io)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(io);
        (OuroborosOptions, SqliteStoreOptions) Settings(ParseResult parse)
        {
            var options = globals.LoadOptions(parse);
            return (options, globals.StoreOptions(parse, options));
        }
        var command = new Command("llm", "Inspect how model answers are understood, what the models cost, and whether each provider answers.");
        // parse-decision reads stdin only; usage and test read the configuration and the journal.
        command.Add(ParseDecision(io));
        command.Add(globals.WithJournal(LlmUsageCommand.Create(io, Settings)));
        command.Add(globals.WithJournal(LlmTestCommand.Create(io, Settings)));
        return command;
    }

    private static Command ParseDecision(CliIo io)
    {
        var minConfidence = ValueOption.Whole("--min-confidence", "Confidence (0-100) below which a BUY or SELL becomes HOLD", 0, 100, "70",
            DecisionParser.DefaultMinConfidence);
        var command = new Command("parse-decision", "Read one raw model answer on stdin and print the normalised decision as JSON.") { minConfidence };
        command.SetAction(async (parse, cancel) =>
        {
            var threshold = parse.GetValue(minConfidence);
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
