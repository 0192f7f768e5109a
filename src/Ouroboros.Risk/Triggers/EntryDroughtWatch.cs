using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Triggers;

/// <summary>
/// "No trades all day" must never be silent: when every entry has been denied for longer than the alert window,
/// raise one alert naming the gate that denied most of them. An approved entry ends the drought.
/// </summary>
public sealed class EntryDroughtWatch
{
    public const string Source = "entry_drought";
    private readonly TimeSpan _window;
    private readonly List<RiskEvent> _events;
    private readonly Dictionary<string, int> _denials = [];
    private DateTimeOffset? _firstDenial;
    private bool _alerted;

    public EntryDroughtWatch(TimeSpan window, List<RiskEvent> events)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _window = window;
        _events = events;
    }

    public void Record(DateTimeOffset time, RiskVerdict verdict, ScopeState state)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(state);
        if (verdict.IsApproved)
        {
            _firstDenial = null;
            _denials.Clear();
            _alerted = false;
            return;
        }
        _firstDenial ??= time;
        var gate = verdict.Gate!;
        _denials[gate] = _denials.GetValueOrDefault(gate) + 1;
        if (_alerted || time - _firstDenial.Value < _window) return;
        _alerted = true;
        var top = _denials.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        var total = _denials.Values.Sum();
        var message = $"every entry has been denied since {_firstDenial.Value:yyyy-MM-dd HH:mm}Z ({total} denials); " +
            $"most by {top.Key} ({top.Value}), latest: {verdict.Reason}";
        _events.Add(new RiskEvent(time, RiskEventKind.Alert, state.Scope, Source, message,
            FiguresJson.Write([RiskFigure.Of("denials", total), new("top_gate", top.Key), RiskFigure.Of("top_gate_denials", top.Value), RiskFigure.Of("since", _firstDenial)])));
    }
}
