using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Data;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Risk.Engine;

/// <summary>What the gates need beyond the limits: the VIX series, the market calendar and configured blackout windows.</summary>
public sealed record RiskEnvironment(RiskLimits Limits, ReferenceSeries? Vix, MarketCalendar? Calendar, IReadOnlyList<BlackoutWindow> BlackoutWindows)
{
    /// <summary>Venues whose buys the VIX halt stops: the stock markets (crypto trades through a VIX spike on its own terms).</summary>
    public static IReadOnlySet<Venue> VixVenues { get; } = new HashSet<Venue> { Venue.Krx, Venue.Us };
}
