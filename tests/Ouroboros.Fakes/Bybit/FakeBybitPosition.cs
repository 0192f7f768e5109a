namespace Ouroboros.Fakes.Bybit;

/// <summary>A one-way position: signed size (negative short), average entry and the TP/SL Bybit holds on it.</summary>
internal sealed class FakeBybitPosition(string symbol)
{
    public string Symbol { get; } = symbol;
    public decimal Size { get; set; }
    public decimal AveragePrice { get; set; }
    public decimal? TakeProfit { get; set; }
    public decimal? StopLoss { get; set; }
    public decimal CumRealisedPnl { get; set; }
}
