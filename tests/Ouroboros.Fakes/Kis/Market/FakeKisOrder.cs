namespace Ouroboros.Fakes.Kis;

/// <summary>An order the fake accepted, with its fills. Guarded by the server's lock.</summary>
internal sealed class FakeKisOrder
{
    public required string Number { get; init; }

    public string? OriginalNumber { get; init; }

    public required string Branch { get; init; }

    public required FakeKisAccount Account { get; init; }

    /// <summary>KRX or the overseas order code.</summary>
    public required string Exchange { get; init; }

    public required string Currency { get; init; }

    public required string Symbol { get; init; }

    public required FakeKisSide Side { get; init; }

    public required string Division { get; set; }

    public required bool IsMarket { get; set; }

    public required decimal Quantity { get; set; }

    /// <summary>The limit; null for market-type orders.</summary>
    public decimal? LimitPrice { get; set; }

    /// <summary>Cash reserved per unit of a buy (the limit, or the upper limit / current price for market orders).</summary>
    public decimal ReservePerUnit { get; set; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public decimal Filled { get; set; }

    public decimal FilledAmount { get; set; }

    public decimal Cancelled { get; set; }

    /// <summary>Set when a modify replaced this order by a new one.</summary>
    public string? ReplacedBy { get; set; }

    public bool WaitingForNextPrice { get; set; }

    public decimal Remaining => Quantity - Filled - Cancelled;

    public bool IsOpen => Remaining > 0;

    public decimal AverageFillPrice => Filled == 0 ? 0m : FilledAmount / Filled;
}
