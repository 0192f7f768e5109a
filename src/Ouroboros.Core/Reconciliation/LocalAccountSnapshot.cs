using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// The account as our kernel sees it, taken on request to compare with the broker's. Positions are signed quantities
/// (a zero is the same as absent); working orders are those we believe may still fill; known fills are every fill id
/// we applied (at least those of the orders the broker may still report).
/// </summary>
public sealed record LocalAccountSnapshot(
    decimal Cash,
    IReadOnlyDictionary<InstrumentId, decimal> Positions,
    IReadOnlyDictionary<ClientOrderId, LocalOrderState> WorkingOrders,
    IReadOnlySet<FillId> KnownFills)
{
    /// <summary>An account with cash only: no positions, no orders, no fills.</summary>
    public static LocalAccountSnapshot CashOnly(decimal cash) =>
        new(cash, new Dictionary<InstrumentId, decimal>(), new Dictionary<ClientOrderId, LocalOrderState>(), new HashSet<FillId>());
}
