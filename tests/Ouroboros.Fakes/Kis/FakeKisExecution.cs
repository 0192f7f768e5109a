namespace Ouroboros.Fakes.Kis;

/// <summary>
/// One fill, raised through <see cref="FakeKisServer.Executed"/> so a WebSocket fake can push the execution notice.
/// <paramref name="Exchange"/> is <c>KRX</c> or the overseas order code; <paramref name="Time"/> comes from the fake's
/// clock.
/// </summary>
public sealed record FakeKisExecution(
    string OrderNumber,
    string AppKey,
    string AccountNumber,
    string Exchange,
    string Symbol,
    FakeKisSide Side,
    decimal Quantity,
    decimal Price,
    decimal RemainingQuantity,
    DateTimeOffset Time);
