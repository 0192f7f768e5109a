namespace Ouroboros.Fakes.Kis;

/// <summary>A holding of one account. <see cref="Cost"/> is the purchase amount of the quantity held.</summary>
internal sealed class FakeKisPosition(string symbol, string exchange, string currency)
{
    public string Symbol { get; } = symbol;

    /// <summary>KRX or the overseas order code.</summary>
    public string Exchange { get; } = exchange;

    public string Currency { get; } = currency;

    public string Name { get; set; } = symbol;

    public decimal Quantity { get; set; }

    public decimal Cost { get; set; }

    /// <summary>Held back by open sell orders.</summary>
    public decimal ReservedForSell { get; set; }

    public decimal BoughtToday { get; set; }

    public decimal SoldToday { get; set; }

    public decimal RealizedProfit { get; set; }

    public decimal Sellable => Quantity - ReservedForSell;

    public decimal AveragePrice => Quantity == 0 ? 0m : Cost / Quantity;
}
