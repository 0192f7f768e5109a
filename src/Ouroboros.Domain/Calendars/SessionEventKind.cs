namespace Ouroboros.Domain.Calendars;

/// <summary>What a <see cref="SessionEvent"/> marks.</summary>
public enum SessionEventKind
{
    /// <summary>A planning lead before the open (the caller chooses how long), not the exchange's pre-market window.</summary>
    PreMarket,
    Open,
    LunchStart,
    LunchEnd,
    Close,
}
