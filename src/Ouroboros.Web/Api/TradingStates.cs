using Ouroboros.Application.Operations;
using Ouroboros.Risk.State;

namespace Ouroboros.Web.Api;

/// <summary>Trading states as the API shows them: upper-case state names, as the CLI prints them.</summary>
public static class TradingStates
{
    public static object View(ScopeStatus s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var state = s.State;
        return new { state.Scope, State = Name(state.State), state.Killed, Since = s.Stored ? state.Since : (DateTimeOffset?)null, state.Cause, state.Reason };
    }

    public static object View(TradingStateChanged t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new { t.Time, t.Scope, From = Name(t.From), To = Name(t.To), t.Killed, t.Cause, t.Reason, t.Actor };
    }

    public static string Name(TradingState state) => state.ToString().ToUpperInvariant();
}
