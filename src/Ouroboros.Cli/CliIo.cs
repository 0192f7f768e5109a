namespace Ouroboros.Cli;

/// <summary>Where commands write: results to stdout, diagnostics and progress to stderr.</summary>
public sealed record CliIo(TextWriter Out, TextWriter Error)
{
    /// <summary>Where commands read piped input from (`llm parse-decision`); tests pass text instead of the console.</summary>
    public TextReader In { get; init; } = Console.In;
}
