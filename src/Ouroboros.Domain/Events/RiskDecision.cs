using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Events;

/// <summary>
/// A journaled risk verdict for one order: approved, or denied by a named gate with a reason. <see cref="Inputs"/> is
/// a JSON object of the figures the decision was made on (cash, equity, position, the denying gate's own figures).
/// </summary>
public sealed record RiskDecision(
    DateTimeOffset Time,
    ClientOrderId OrderId,
    InstrumentId Instrument,
    OrderSide Side,
    decimal Quantity,
    decimal? EstimatedValue,
    bool Approved,
    string? Gate,
    string? Reason,
    string Inputs = "{}");
