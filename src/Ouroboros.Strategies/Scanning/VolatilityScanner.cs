using System.Globalization;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Strategies.Scanning;

/// <summary>
/// Ranks instruments by how much they moved on their last bar: max(|change %|, range %) plus a liquidity bonus that
/// falls linearly from <see cref="VolatilityScannerOptions.LiquidityBonus"/> (highest 20-bar average volume) to 0
/// (lowest). Ties go to the smaller instrument id (ordinal), so the ranking never depends on input order.
/// Instruments lacking data are excluded with a reason rather than scored.
/// </summary>
public sealed class VolatilityScanner
{
    public VolatilityScanner(VolatilityScannerOptions? options = null)
    {
        Options = (options ?? new VolatilityScannerOptions()).Validated();
    }

    public VolatilityScannerOptions Options { get; }

    public ScanResult Scan(PlanningRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Scan(request.Instruments);
    }

    /// <summary>Scans histories that are already cut at the planning time.</summary>
    public ScanResult Scan(IEnumerable<InstrumentHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var excluded = new List<ScanExclusion>();
        var snapshots = new List<InstrumentSnapshot>();
        var seen = new HashSet<InstrumentId>();
        foreach (var history in histories.OrderBy(h => h.Instrument.Id.Value, StringComparer.Ordinal))
        {
            if (!seen.Add(history.Instrument.Id))
            {
                excluded.Add(new ScanExclusion(history.Instrument.Id, "a second history for the same instrument (ignored)"));
                continue;
            }
            if (InstrumentSnapshot.TryCreate(history, Options.MinBars, out var reason) is { } snapshot) snapshots.Add(snapshot);
            else excluded.Add(new ScanExclusion(history.Instrument.Id, reason!));
        }

        if (snapshots.Count > 0)
        {
            var newest = snapshots.Max(s => s.LastBarTime);
            foreach (var stale in snapshots.Where(s => newest - s.LastBarTime > Options.MaxLag).ToList())
            {
                snapshots.Remove(stale);
                excluded.Add(new ScanExclusion(stale.Instrument.Id, string.Create(CultureInfo.InvariantCulture,
                    $"stale: last bar {stale.LastBarTime:yyyy-MM-dd}, newest in the scan {newest:yyyy-MM-dd}")));
            }
        }

        var volumeRanks = snapshots
            .OrderByDescending(s => s.AverageVolume20).ThenBy(s => s.Instrument.Id.Value, StringComparer.Ordinal)
            .Select((s, i) => (s.Instrument.Id, Rank: i + 1))
            .ToDictionary(x => x.Id, x => x.Rank);
        var count = snapshots.Count;
        var scored = snapshots
            .Select(s =>
            {
                var rank = volumeRanks[s.Instrument.Id];
                var bonus = count == 1 ? Options.LiquidityBonus : Options.LiquidityBonus * (count - rank) / (count - 1);
                return (Snapshot: s, Rank: rank, Score: Math.Max(Math.Abs(s.ChangePct), s.RangePct) + bonus);
            })
            .OrderByDescending(x => x.Score).ThenBy(x => x.Snapshot.Instrument.Id.Value, StringComparer.Ordinal)
            .Select((x, i) => new ScannerPick(
                x.Snapshot.Instrument.Id, i + 1, x.Score, x.Snapshot.ChangePct, x.Snapshot.RangePct, x.Rank,
                x.Snapshot.Rsi14, x.Snapshot.VolumeRatio, ScanSignals.Classify(x.Snapshot), x.Snapshot))
            .ToArray();
        excluded.Sort((a, b) => string.CompareOrdinal(a.Instrument.Value, b.Instrument.Value));
        return new ScanResult(scored.Take(Options.TopN).ToArray(), scored, excluded);
    }

    /// <summary>The scored entry of one instrument, or null when it was excluded.</summary>
    public static ScannerPick? Find(ScanResult result, InstrumentId instrument)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Scored.FirstOrDefault(p => p.Instrument == instrument);
    }
}
