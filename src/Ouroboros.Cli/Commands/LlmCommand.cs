using System.CommandLine;
using Ouroboros.Ai.Decisions;

namespace Ouroboros.Cli.Commands;

/// <summary>`ouroboros llm`: tools for the language-model side of the engine.</summary>
public static class LlmCommand
{
    public static Command Create(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var command = new Command("llm", "Inspect how model answers are understood.");
        command.Add(ParseDecision(io));
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
            if (threshold is < 0 or > 100) throw new ArgumentException($"--min-confidence must be 0-100, not {threshold}");
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
