using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Feeds;

/// <summary>What a venue agreed to stream, and which kinds of events it will send for it.</summary>
public sealed record FeedSubscription(IReadOnlyList<InstrumentId> Instruments, BarInterval Interval, bool StreamsBars, bool StreamsTrades, bool StreamsQuotes);
