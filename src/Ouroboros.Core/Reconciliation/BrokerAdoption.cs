using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// What the kernel takes over from the broker after a reconciliation found differences. Only figures the broker actually
/// reported are here: what it did not report is absent (null, or no entry), never a zero. The kernel applies, in this
/// order, lost fills of our orders, orders the broker closed, positions, then cash; positions and cash are absolute, so
/// the account ends at the broker's figures whatever the fills already moved.
/// </summary>
public sealed record BrokerAdoption(
    decimal? Cash,
    IReadOnlyList<AdoptedPosition> Positions,
    IReadOnlyList<AdoptedFill> Fills,
    IReadOnlyList<AdoptedOrderStatus> Orders)
{
    public bool IsEmpty => Cash is null && Positions.Count == 0 && Fills.Count == 0 && Orders.Count == 0;

    /// <summary>The broker's truth for every difference of <paramref name="report"/> that can be adopted.</summary>
    public static BrokerAdoption From(ReconcileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        decimal? cash = null;
        var positions = new List<AdoptedPosition>();
        var fills = new List<AdoptedFill>();
        var orders = new List<AdoptedOrderStatus>();
        foreach (var d in report.Differences)
        {
            switch (d.Kind)
            {
                case ReconcileDifferenceKind.CashDiffers when d.Broker is { } theirs:
                    cash = theirs;
                    break;
                case ReconcileDifferenceKind.PositionDiffers or ReconcileDifferenceKind.PositionMissingAtBroker
                    when d.Instrument is { } instrument && d.Broker is { } quantity:
                    positions.Add(new AdoptedPosition(instrument, quantity, quantity == 0 ? null : d.BrokerAveragePrice, d.IsExternal));
                    break;
                case ReconcileDifferenceKind.FillMissingLocally when d.BrokerFill is { } fill:
                    fills.Add(new AdoptedFill(fill, d.IsExternal));
                    break;
                case ReconcileDifferenceKind.OrderUnknownToBroker when d.NeverReceived && d.OrderId is { } id:
                    orders.Add(new AdoptedOrderStatus(id, OrderStatus.Rejected, "the broker never received it (reconciliation)"));
                    break;
                case ReconcileDifferenceKind.OrderStatusDiffers when d.OrderId is { } id && d.BrokerStatus is { } status && AdoptedOrderStatus.Closes(status):
                    orders.Add(new AdoptedOrderStatus(id, status, $"the broker reports it {status} (reconciliation)"));
                    break;
            }
        }
        return new BrokerAdoption(cash, positions, fills, orders);
    }
}
