namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// How often a plain run of the fixture reaches each kind of crash point, read from its journal, so the scenarios can
/// crash mid-run: approved orders (each hits order.after-decide/-persist/-send/-ack once), denied ones
/// (order.after-denied), fills, checkpoints, daily jobs, pre-market and post-market jobs, and a slice that leaves an
/// order working (where the kill switch has something to cancel).
/// </summary>
public sealed record ReferenceCounts(int Approved, int Denied, int Fills, int Checkpoints, int Jobs, int PreMarkets, int PostMarkets, int SliceWithWorkingOrder)
{
    /// <summary>Roughly how many crash points a whole run hits (for "any#n"): every point above, plus the lease and the shutdown.</summary>
    public int AnyHits => 4 * Approved + Denied + 2 * Fills + 2 * Checkpoints + 2 * Jobs + PreMarkets + 2 * PostMarkets + 2;

    public static ReferenceCounts Of(JournalSnapshot journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var orders = journal.OrderRows.ToList();
        var denied = orders.Count(o => o[5] == "DeniedByRisk");
        var jobs = journal.Jobs.Select(j => j.Split('|')[2]).ToList();
        // The slice an order was created in (its checkpoint has the order's creation time), for an order near the middle.
        var checkpointTimes = journal.Equity.Select(e => e.Split('|')).ToDictionary(e => e[1], e => int.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture));
        var created = orders.Where(o => o[5] != "DeniedByRisk").Select(o => checkpointTimes.GetValueOrDefault(o[^1])).Where(s => s > 0).ToList();
        return new ReferenceCounts(orders.Count - denied, denied, journal.Fills.Count, journal.Equity.Count, journal.Jobs.Count,
            jobs.Count(k => k == "PreMarket"), jobs.Count(k => k == "PostMarket"), created.Count == 0 ? 0 : created[created.Count / 2]);
    }
}
