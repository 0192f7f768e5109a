using System.Globalization;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>Builds each kind of difference with its message (both figures) and its resolution (the broker's truth).</summary>
internal static class ReconcileDifferences
{
    public static ReconcileDifference Cash(decimal ours, decimal theirs, decimal tolerance) =>
        new(ReconcileDifferenceKind.CashDiffers, "cash",
            Say($"Cash differs: ours {ours}, the broker's {theirs} (difference {theirs - ours}, tolerance {tolerance})."),
            new(ReconcileAction.AdoptBrokerCash, Say($"Adopt the broker's cash {theirs}.")))
        { Local = ours, Broker = theirs };

    public static ReconcileDifference Position(InstrumentId instrument, decimal ours, decimal theirs, decimal? theirAverage)
    {
        var external = ours == 0;
        var message = external
            ? Say($"Position in {instrument} differs: we hold none, the broker holds {theirs}: a trade we did not make (external trade).")
            : Say($"Position in {instrument} differs: ours {ours}, the broker's {theirs}.");
        var resolution = external
            ? Say($"Adopt the broker's {theirs} of {instrument} as an external position and alert the operator.")
            : Say($"Adopt the broker's position {theirs} in {instrument}.");
        return new(ReconcileDifferenceKind.PositionDiffers, instrument.Value, message, new(ReconcileAction.AdoptBrokerPosition, resolution))
        { Instrument = instrument, Local = ours, Broker = theirs, BrokerAveragePrice = theirAverage, IsExternal = external };
    }

    public static ReconcileDifference PositionMissing(InstrumentId instrument, decimal ours) =>
        new(ReconcileDifferenceKind.PositionMissingAtBroker, instrument.Value,
            Say($"Position in {instrument} is missing at the broker: ours {ours}, the broker's none."),
            new(ReconcileAction.FlattenLocalPosition, Say($"Set our position in {instrument} to 0 as the broker says.")))
        { Instrument = instrument, Local = ours, Broker = 0m };

    public static ReconcileDifference OrderUnknownToBroker(ClientOrderId id, LocalOrderState ours, bool neverReceived)
    {
        var message = Say($"Order {id} ({ours.Instrument}) is working here ({ours.Status}, filled {ours.FilledQuantity}) but the broker ")
            + (neverReceived ? "never received it." : "does not list it.");
        var resolution = neverReceived
            ? Say($"Mark order {id} rejected: the broker never received it.")
            : Say($"Look order {id} up by its client order id and adopt the broker's final status; if it never received it, mark it rejected.");
        return new(ReconcileDifferenceKind.OrderUnknownToBroker, id.Value, message, new(ReconcileAction.CloseLocalOrder, resolution))
        { Instrument = ours.Instrument, OrderId = id, Local = ours.FilledQuantity, LocalStatus = ours.Status, NeverReceived = neverReceived };
    }

    public static ReconcileDifference OrderUnknownLocally(BrokerOrderState theirs)
    {
        var brokerId = theirs.BrokerOrderId is { } b ? Say($"broker id {b}, ") : "";
        return new(ReconcileDifferenceKind.OrderUnknownLocally, theirs.OrderId.Value,
            Say($"The broker works order {theirs.OrderId} ({brokerId}{theirs.Status}, filled {theirs.FilledQuantity}) that we never sent (external order)."),
            new(ReconcileAction.TrackExternalOrder, Say($"Track order {theirs.OrderId} as external, adopt its fills as the broker reports them and alert the operator.")))
        { OrderId = theirs.OrderId, Broker = theirs.FilledQuantity, BrokerStatus = theirs.Status, IsExternal = true };
    }

    public static ReconcileDifference OrderStatus(ClientOrderId id, LocalOrderState ours, BrokerOrderState theirs) =>
        new(ReconcileDifferenceKind.OrderStatusDiffers, id.Value,
            Say($"Order {id} ({ours.Instrument}) differs: ours {ours.Status}, filled {ours.FilledQuantity}; the broker's {theirs.Status}, filled {theirs.FilledQuantity}."),
            new(ReconcileAction.AdoptBrokerOrderStatus, Say($"Adopt the broker's status {theirs.Status} with {theirs.FilledQuantity} filled for order {id}.")))
        {
            Instrument = ours.Instrument, OrderId = id, Local = ours.FilledQuantity, Broker = theirs.FilledQuantity,
            LocalStatus = ours.Status, BrokerStatus = theirs.Status,
        };

    public static ReconcileDifference FillMissing(Fill fill, bool external)
    {
        var side = fill.Side == OrderSide.Buy ? "buy" : "sell";
        var suffix = external ? " (external order)" : "";
        return new(ReconcileDifferenceKind.FillMissingLocally, fill.Id.Value,
            Say($"Broker fill {fill.Id} of order {fill.OrderId} ({side} {fill.Quantity} {fill.Instrument} at {fill.Price}, fee {fill.Fee}) was never applied here{suffix}."),
            new(ReconcileAction.ApplyBrokerFill, Say($"Apply fill {fill.Id} to our portfolio as the broker reported it.")))
        { Instrument = fill.Instrument, OrderId = fill.OrderId, FillId = fill.Id, Broker = fill.Quantity, BrokerFill = fill, IsExternal = external };
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
