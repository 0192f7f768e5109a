using Ouroboros.Domain.Venues;
using System.Collections.Frozen;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// No new buys on the listed (stock) venues while the latest known VIX is at or above the halt level (default 35).
/// A VIX that is absent or stale counts as missing, not as calm: the gate then refuses rather than guessing.
/// </summary>
public sealed class VixHaltGate : IRiskGate
{
    public const string GateName = "vix_halt";
    private readonly FrozenSet<Venue> _venues;

    public VixHaltGate(decimal haltLevel, TimeSpan maxAge, ReferenceSeries? vix, IReadOnlySet<Venue> venues)
    {
        if (haltLevel <= 0)
            throw new ArgumentOutOfRangeException(nameof(haltLevel), haltLevel, "The VIX halt level must be a positive index level, e.g. 35.");
        if (maxAge <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(maxAge), maxAge, "The maximum age of a VIX value must be a positive time span, e.g. 4 days.");
        ArgumentNullException.ThrowIfNull(venues);
        HaltLevel = haltLevel;
        MaxAge = maxAge;
        Vix = vix;
        // A private copy: the venues the halt covers must not change behind the gate's back.
        _venues = venues.ToFrozenSet();
    }

    public string Name => GateName;
    public decimal HaltLevel { get; }
    public TimeSpan MaxAge { get; }

    /// <summary>The VIX closes by availability time; null when none were loaded (every covered buy is then refused).</summary>
    public ReferenceSeries? Vix { get; }

    public IReadOnlySet<Venue> Venues => _venues;

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsBuyEntry || !_venues.Contains(check.Instrument.Venue)) return RiskVerdict.Approved;
        var venue = new RiskFigure("venue", check.Instrument.Venue.ToString());
        var level = RiskFigure.Of("halt_level", HaltLevel);
        if (Vix is null)
            return RiskVerdict.Missing(Name, "no VIX series is loaded", venue, RiskFigure.Of("vix", null as decimal?), level);
        if (!Vix.TryGetAsOf(check.Time, out var availableAt, out var vix))
            return RiskVerdict.Missing(Name, $"no VIX value was available at or before {check.Time.UtcDateTime:yyyy-MM-dd HH:mm}Z (the first is from {Vix.First.AvailableAt:yyyy-MM-dd})",
                venue, RiskFigure.Of("vix", null as decimal?), level, RiskFigure.Of("time", check.Time));
        var age = check.Time - availableAt;
        RiskFigure[] figures = [venue, RiskFigure.Of("vix", vix), RiskFigure.Of("vix_available_at", availableAt), RiskFigure.Of("vix_age_days", age.TotalDays), level];
        if (age > MaxAge)
            return RiskVerdict.Missing(Name,
                $"the latest VIX value ({vix:0.##}, available {availableAt:yyyy-MM-dd}) is {age.TotalDays:0.#} days old, older than the {MaxAge.TotalDays:0.#}-day limit",
                figures);
        return vix >= HaltLevel
            ? RiskVerdict.Denied(Name,
                $"VIX {vix:0.##} (available {availableAt:yyyy-MM-dd}) is at or above the halt level {HaltLevel:0.##}: no new buys on {check.Instrument.Venue.ToString().ToUpperInvariant()}",
                figures)
            : RiskVerdict.Approved;
    }
}
