namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>
/// New take-profit and stop-loss for a whole one-way position (<c>/v5/position/trading-stop</c>, tpslMode Full). A null
/// leg is left as it is; <see cref="Cancel"/> (zero) removes it.
/// </summary>
public sealed record BybitTradingStop(string Symbol, decimal? TakeProfit, decimal? StopLoss)
{
    public const decimal Cancel = 0m;

    /// <summary>LastPrice (Bybit's default), MarkPrice or IndexPrice.</summary>
    public string TriggerBy { get; init; } = "LastPrice";
}
