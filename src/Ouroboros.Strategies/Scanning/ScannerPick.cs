using System.Globalization;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scanning;

/// <summary>
/// One ranked instrument. <see cref="Score"/> = max(|<see cref="ChangePct"/>|, <see cref="RangePct"/>) + liquidity
/// bonus; <see cref="VolumeRank"/> is 1 for the highest 20-bar average volume. <see cref="Snapshot"/> holds every
/// figure the pick was made on.
/// </summary>
public sealed record ScannerPick(
    InstrumentId Instrument,
    int Rank,
    double Score,
    double ChangePct,
    double RangePct,
    int VolumeRank,
    double Rsi14,
    double VolumeRatio,
    string Signal,
    InstrumentSnapshot Snapshot)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"#{Rank} {Instrument} score {Score:F2} (chg {ChangePct:+0.00;-0.00}%, range {RangePct:F2}%, vol rank {VolumeRank}, rsi14 {Rsi14:F1}, vol ratio {VolumeRatio:F2}, {Signal})");
}
