namespace Ouroboros.Application.Markets;

/// <summary>The markets asked for at <see cref="At"/> (UTC), in calendar order.</summary>
public sealed record MarketStatusResult(DateTimeOffset At, IReadOnlyList<MarketStatusRow> Markets);
