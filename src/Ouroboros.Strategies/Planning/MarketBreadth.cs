using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// How many instruments close above their SMA50, out of those that have one (<see cref="Known"/>). With none known
/// the stance is Neutral: missing averages are not counted as "below".
/// </summary>
public sealed record MarketBreadth(int Above, int Known, PlaybookStance Stance)
{
    public double? Share => Known == 0 ? null : (double)Above / Known;

    public static MarketBreadth Of(IEnumerable<InstrumentSnapshot> snapshots, RulesPlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(options);
        int above = 0, known = 0;
        foreach (var s in snapshots)
        {
            if (s.Sma50 is not { } sma50) continue;
            known++;
            if ((double)s.Close > sma50) above++;
        }

        if (known == 0) return new MarketBreadth(0, 0, PlaybookStance.Neutral);
        var share = (double)above / known;
        var stance = share >= options.BullishBreadth ? PlaybookStance.Bullish
            : share <= options.BearishBreadth ? PlaybookStance.Bearish
            : PlaybookStance.Neutral;
        return new MarketBreadth(above, known, stance);
    }

    public override string ToString() =>
        Known == 0 ? "breadth unknown (no instrument has 50 bars)" : $"breadth {Above}/{Known} above sma50";
}
