using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// A scenario that fired, for the journal: which one, where, when, the values its condition read (null = missing)
/// and the intent it produced.
/// </summary>
public sealed record ScenarioMatch(
    string ScenarioId,
    InstrumentId Instrument,
    DateTimeOffset Time,
    IReadOnlyDictionary<string, double?> Values,
    TradeIntent Intent);
