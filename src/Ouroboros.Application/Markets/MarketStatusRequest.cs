namespace Ouroboros.Application.Markets;

/// <summary>
/// Which markets to show at which instant: <see cref="At"/> null means now (the host's clock); <see cref="Markets"/>
/// null means every market with a calendar (an empty list means none). Names are matched as the calendars know them (e.g. KRX, NYSE).
/// </summary>
public sealed record MarketStatusRequest(DateTimeOffset? At = null, IReadOnlyList<string>? Markets = null);
