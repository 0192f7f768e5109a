using Ouroboros.Domain.Bars;

namespace Ouroboros.Live.Replay;

/// <summary>One time slice of a replay: the bars stamped <see cref="Time"/>, in instrument order.</summary>
public sealed record ReplaySlice(long Number, DateTimeOffset Time, DateOnly TradingDate, IReadOnlyList<(int Instrument, Bar Bar)> Bars);
