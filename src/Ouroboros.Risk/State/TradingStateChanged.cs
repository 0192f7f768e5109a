using Ouroboros.Risk.Events;
using System.Globalization;

namespace Ouroboros.Risk.State;

/// <summary>
/// One move of a scope's trading state: the one shape the risk engine raises, the run journal keeps (inside a
/// <see cref="Events.RiskEvent"/>) and the trading-state store appends to its log. <see cref="Actor"/> says who
/// moved it: the engine ("risk:circuit_breaker") or an operator ("cli:alice"), so every HALTED and every resume has
/// an owner. <see cref="Cause"/> stays free text because operators and gates name their own causes.
/// </summary>
public sealed record TradingStateChanged(
    DateTimeOffset Time,
    string Scope,
    TradingState From,
    TradingState To,
    bool Killed,
    string Cause,
    string Reason,
    string Actor)
{
    /// <summary>The actor of a move the engine made by itself for <paramref name="cause"/>.</summary>
    public static string EngineActor(string cause) => "risk:" + cause;

    /// <summary>The sentence printed in reports and stored as the event message (its wording is part of the output).</summary>
    public string Message =>
        string.Create(CultureInfo.InvariantCulture, $"{Scope}: {Upper(From)} → {Upper(To)} ({Cause}): {Reason}");

    /// <summary>True when this move went into <paramref name="state"/> (also when only the kill flag changed).</summary>
    public bool IsMoveTo(TradingState state) => To == state;

    private static string Upper(TradingState state) => state.ToString().ToUpperInvariant();
}
