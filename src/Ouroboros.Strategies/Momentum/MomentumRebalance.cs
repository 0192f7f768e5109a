using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies;

/// <summary>
/// One monthly decision of <see cref="MomentumStrategy"/>: the ranking (best first), the target share counts of the
/// picks, picks skipped because their target rounds to 0 shares, and held instruments kept unranked for lack of data.
/// </summary>
public sealed record MomentumRebalance(
    DateTimeOffset Time,
    IReadOnlyList<MomentumScore> Ranking,
    IReadOnlyList<MomentumTarget> Targets,
    IReadOnlyList<MomentumSkip> Skipped,
    IReadOnlyList<InstrumentId> Kept);

/// <summary>An instrument's 12-1 momentum score in percent.</summary>
public readonly record struct MomentumScore(InstrumentId Instrument, double Score);

/// <summary>The whole-share quantity a pick is rebalanced to.</summary>
public readonly record struct MomentumTarget(InstrumentId Instrument, decimal Quantity);

/// <summary>A pick that got no order, and why.</summary>
public readonly record struct MomentumSkip(InstrumentId Instrument, string Reason);
