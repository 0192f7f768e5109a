namespace Ouroboros.MarketData;

/// <summary>One thing wrong with a market-data file: the 1-based line (header = line 1; null for the whole file) and what is wrong.</summary>
public sealed record MarketDataProblem(int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"line {line}: {Message}" : Message;
}
