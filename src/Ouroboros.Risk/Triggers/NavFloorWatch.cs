using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Triggers;

/// <summary>
/// Raises one alert each time equity falls below the NAV floor (a fraction of initial equity) and one when it
/// recovers. The NAV floor gate stops new buys meanwhile; this watch makes sure somebody hears about it.
/// </summary>
public sealed class NavFloorWatch
{
    public const string Source = "nav_floor";
    private readonly decimal _floorFraction;
    private readonly List<RiskEvent> _events;
    private bool _below;

    public NavFloorWatch(decimal floorFraction, List<RiskEvent> events)
    {
        if (floorFraction is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(floorFraction), floorFraction, "The NAV floor is a fraction of initial equity in [0, 1].");
        _floorFraction = floorFraction;
        _events = events;
    }

    public void Observe(DateTimeOffset time, decimal? equity, decimal? initialEquity)
    {
        if (equity is not { } e || initialEquity is not { } initial || initial <= 0) return;
        var floor = initial * _floorFraction;
        var below = e < floor;
        if (below == _below) return;
        _below = below;
        var message = below
            ? $"equity {e:0.##} fell below the NAV floor {floor:0.##} ({_floorFraction:P0} of initial {initial:0.##}); new buys are stopped"
            : $"equity {e:0.##} is back above the NAV floor {floor:0.##}; new buys are allowed again";
        _events.Add(new RiskEvent(time, RiskEventKind.Alert, TradingStateBook.AccountScope, Source, message,
            FiguresJson.Write([RiskFigure.Of("equity", e), RiskFigure.Of("floor", floor), RiskFigure.Of("initial_equity", initial)])));
    }
}
