using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Playbooks;

/// <summary>
/// One playbook scenario for one instrument: when <see cref="Condition"/> holds, propose <see cref="Action"/>.
/// <see cref="Allocation"/> is a fraction of equity in (0, 1] (null: the run's default sizing); a SELL without an
/// allocation closes the whole position. <see cref="StopLoss"/> and <see cref="TakeProfit"/> are price levels.
/// </summary>
public sealed record ScenarioDefinition(
    string Id,
    InstrumentId Instrument,
    string Condition,
    IntentAction Action,
    double Confidence = 1.0,
    decimal? Allocation = null,
    decimal? StopLoss = null,
    decimal? TakeProfit = null,
    string? Rationale = null);
