using System.Globalization;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Live.Agent;

/// <summary>What the operator is told for each difference a reconciliation found: what was adopted from the broker, and the difference itself.</summary>
internal static class AdoptionNotices
{
    public static string Of(ReconcileDifference d) => Say($"{Adopted(d)}. {d.Message}");

    private static string Adopted(ReconcileDifference d) => d.Kind switch
    {
        ReconcileDifferenceKind.CashDiffers => Say($"adopted the broker's cash of {d.Broker}; ours was {d.Local}"),
        ReconcileDifferenceKind.PositionDiffers => Say($"adopted the broker's position of {d.Broker} {d.Instrument}{Price(d)}{(d.IsExternal ? " (an external trade)" : "")}; ours was {d.Local}"),
        ReconcileDifferenceKind.PositionMissingAtBroker => Say($"adopted the broker's position of 0 {d.Instrument} (it lists none); ours was {d.Local}"),
        ReconcileDifferenceKind.FillMissingLocally when d.BrokerFill is { } f && d.IsExternal =>
            Say($"counted the broker's fill {f.Id} of external order {f.OrderId} ({Describe(f)}): it comes with the broker's position and cash"),
        ReconcileDifferenceKind.FillMissingLocally when d.BrokerFill is { } f => Say($"applied the broker's fill {f.Id} of our order {f.OrderId} ({Describe(f)}), which we had lost"),
        ReconcileDifferenceKind.OrderUnknownToBroker when d.NeverReceived => Say($"closed order {d.OrderId} as rejected: the broker never received it"),
        ReconcileDifferenceKind.OrderStatusDiffers when d.BrokerStatus is { } s && AdoptedOrderStatus.Closes(s) =>
            Say($"closed order {d.OrderId} as {s}, as the broker reports; ours was {d.LocalStatus}"),
        ReconcileDifferenceKind.OrderStatusDiffers => Say($"order {d.OrderId} follows the broker ({d.BrokerStatus}, {d.Broker} filled) through the fills it reports"),
        ReconcileDifferenceKind.OrderUnknownLocally => Say($"the broker works order {d.OrderId} that we never sent (an external order): its fills count through the broker's positions and cash"),
        _ => Say($"nothing adopted for {d.Subject}: the broker's answer does not say enough"),
    };

    private static string Price(ReconcileDifference d) => d.BrokerAveragePrice is { } price
        ? Say($" @ {price}")
        : " (the broker reported no average price: ours, else the last price, is its cost basis)";

    private static string Describe(Fill f) => Say($"{(f.Side == OrderSide.Buy ? "buy" : "sell")} {f.Quantity} {f.Instrument} @ {f.Price}, fee {f.Fee}");

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
