namespace Ouroboros.Core.Reconciliation;

/// <summary>How our view of an account can differ from the broker's.</summary>
public enum ReconcileDifferenceKind
{
    /// <summary>Cash differs by more than the tolerance.</summary>
    CashDiffers,

    /// <summary>The broker holds a different quantity, or a position we do not know of at all (an external trade).</summary>
    PositionDiffers,

    /// <summary>We hold a position the broker does not list.</summary>
    PositionMissingAtBroker,

    /// <summary>We think an order is working; the broker does not list it and never received it (or could not say).</summary>
    OrderUnknownToBroker,

    /// <summary>The broker works an order we never sent (an external order).</summary>
    OrderUnknownLocally,

    /// <summary>The broker reports another status or filled quantity for one of our orders.</summary>
    OrderStatusDiffers,

    /// <summary>The broker reports a fill we never applied.</summary>
    FillMissingLocally,
}
