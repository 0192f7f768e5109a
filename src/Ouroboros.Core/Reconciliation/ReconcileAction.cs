namespace Ouroboros.Core.Reconciliation;

/// <summary>What adopting the broker's truth means for one difference.</summary>
public enum ReconcileAction
{
    AdoptBrokerCash,
    AdoptBrokerPosition,
    FlattenLocalPosition,
    CloseLocalOrder,
    TrackExternalOrder,
    AdoptBrokerOrderStatus,
    ApplyBrokerFill,
}
