namespace Ouroboros.Domain.Events;

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
/// sentence for humans and the figures it was decided on (JSON object text).
/// </summary>
public sealed record RiskEvent(
    DateTimeOffset Time,
    RiskEventKind Kind,
    string Scope,
    string Source,
    string Message,
    string Figures);
