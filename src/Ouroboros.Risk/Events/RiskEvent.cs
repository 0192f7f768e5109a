using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;

namespace Ouroboros.Risk.Events;

/// <summary>What kind of risk event happened besides an order verdict.</summary>
public enum RiskEventKind
{
    /// <summary>A trading state moved (ACTIVE, REDUCING, HALTED) in an account or market scope.</summary>
    StateChanged,
    /// <summary>Something an operator must hear about: NAV floor crossed, every entry denied for too long, kill switch.</summary>
    Alert,
    /// <summary>The risk engine's exit rules asked to close a position (stop loss, trailing stop, take profit).</summary>
    ExitSignal,
}

/// <summary>
/// A journaled risk event: which scope ("account" or a market such as "KRX"), which gate or actor caused it, a
/// sentence for humans and the figures it was decided on (JSON object text). A <see cref="RiskEventKind.StateChanged"/>
/// event also carries the typed move (<see cref="StateChange"/>), so nobody has to read the sentence back to learn
/// where the state went; build one with <see cref="Of(TradingStateChanged, IReadOnlyList{RiskFigure})"/>.
/// </summary>
public sealed record RiskEvent(
    DateTimeOffset Time,
    RiskEventKind Kind,
    string Scope,
    string Source,
    string Message,
    string Figures)
{
    /// <summary>The typed move behind a <see cref="RiskEventKind.StateChanged"/> event; null for alerts and exit signals.</summary>
    public TradingStateChanged? StateChange { get; init; }

    /// <summary>The journal entry of a state change: the source is its cause, the message its <see cref="TradingStateChanged.Message"/>.</summary>
    public static RiskEvent Of(TradingStateChanged change, IReadOnlyList<RiskFigure>? figures = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new RiskEvent(change.Time, RiskEventKind.StateChanged, change.Scope, change.Cause, change.Message, FiguresJson.Write(figures ?? []))
        {
            StateChange = change,
        };
    }

    /// <summary>True when this event moved its scope into <paramref name="to"/>.</summary>
    public bool IsMoveTo(TradingState to) => StateChange is { } change && change.IsMoveTo(to);
}
