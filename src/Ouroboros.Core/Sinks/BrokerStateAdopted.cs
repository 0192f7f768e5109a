using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Sinks;

/// <summary>
/// The account after the kernel applied an <see cref="Inbox.AdoptBrokerStateCommand"/>: cash, equity and every open
/// position (signed quantities), the broker fills now known (applied, or counted for an external order), and a sentence
/// for each part it could not adopt and why.
/// </summary>
public sealed record BrokerStateAdopted(
    DateTimeOffset Time,
    decimal Cash,
    decimal Equity,
    IReadOnlyDictionary<InstrumentId, decimal> Positions,
    IReadOnlyList<FillId> KnownFills,
    IReadOnlyList<string> NotAdopted);
