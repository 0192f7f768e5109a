namespace Ouroboros.Cli.Tests.Agent;

/// <summary>The fields of `ouroboros run --json`'s summary the harness checks.</summary>
public sealed record RunSummary(string Status, int Restarts, int Orders, int Fills, decimal FinalEquity);
