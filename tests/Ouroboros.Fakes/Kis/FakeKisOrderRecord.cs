namespace Ouroboros.Fakes.Kis;

/// <summary>
/// An order request the fake received, accepted or not (<paramref name="OrderNumber"/> is null when rejected, and
/// <paramref name="RejectCode"/> then holds the msg_cd). Crash tests use the list to assert "no duplicate order".
/// </summary>
public sealed record FakeKisOrderRecord(
    FakeKisOrderKind Kind,
    string? OrderNumber,
    string? OriginalOrderNumber,
    string TrId,
    string AccountNumber,
    string Exchange,
    string Symbol,
    FakeKisSide? Side,
    string OrderDivision,
    decimal Quantity,
    decimal? Price,
    DateTimeOffset ReceivedAt,
    string? RejectCode);
