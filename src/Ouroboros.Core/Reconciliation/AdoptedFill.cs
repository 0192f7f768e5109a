using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// A fill the broker reported that we never applied. One of our orders' (<see cref="External"/> false) is applied to the
/// order and the portfolio once; an external order's is only counted as known, its effect coming with the broker's
/// positions and cash.
/// </summary>
public sealed record AdoptedFill(Fill Fill, bool External);
