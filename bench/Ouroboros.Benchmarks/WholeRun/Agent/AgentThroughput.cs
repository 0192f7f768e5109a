namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>One strategy's agent runs and the plain backtests of the same replay measured beside them.</summary>
/// <param name="Parity">The agent's orders, fills and final equity equal the backtest's.</param>
public sealed record AgentThroughput(
    string Strategy,
    long Slices,
    long Bars,
    int Orders,
    int Fills,
    int JournalFlushesPerRun,
    bool Parity,
    Summary AgentMs,
    Summary BacktestMs,
    Summary AgentBarsPerSecond,
    Summary AgentSlicesPerSecond,
    Summary BacktestBarsPerSecond,
    Summary RatioPerPair);
