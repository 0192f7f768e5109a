namespace Ouroboros.Cli;

/// <summary>Where commands write: results to stdout, diagnostics and progress to stderr.</summary>
public sealed record CliIo(TextWriter Out, TextWriter Error);
