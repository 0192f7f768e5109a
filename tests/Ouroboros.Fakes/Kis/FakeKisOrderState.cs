namespace Ouroboros.Fakes.Kis;

/// <summary>Where an accepted order stands now. <paramref name="ReplacedBy"/> is set when a modify replaced it.</summary>
public sealed record FakeKisOrderState(
    string OrderNumber,
    string Exchange,
    string Symbol,
    FakeKisSide Side,
    decimal Quantity,
    decimal? LimitPrice,
    decimal Filled,
    decimal Cancelled,
    decimal Remaining,
    decimal AverageFillPrice,
    string? ReplacedBy);
