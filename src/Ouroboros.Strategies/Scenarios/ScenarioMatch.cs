using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// A scenario that fired, for the journal: which one, where, when, the values its condition read (null = missing)
/// and the intent it produced. <see cref="Partial"/> is the bar in progress it fired on at a rescan (its bar fields
/// are the partial bar's, its indicators the last closed bar's); null when it fired on a closed bar.
/// </summary>
public sealed record ScenarioMatch(
    string ScenarioId,
    InstrumentId Instrument,
    DateTimeOffset Time,
    IReadOnlyDictionary<string, double?> Values,
    TradeIntent Intent,
    PartialBar? Partial = null);
