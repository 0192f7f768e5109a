using Ouroboros.Core.Reconciliation;

namespace Ouroboros.Core.Inbox;

/// <summary>
/// Corrects the kernel's account to the broker's truth after a reconciliation found differences: positions and cash set
/// to the broker's, lost fills of our orders applied once (by fill id), orders the broker closed closed. Applied between
/// slices at the point of the stream where it was posted, so a restart that re-posts the journaled command at the same
/// place rebuilds the very same account.
/// </summary>
public sealed record AdoptBrokerStateCommand(BrokerAdoption Adoption, string By, string Reason, DateTimeOffset Time) : OperatorCommand(By, Reason, Time);
