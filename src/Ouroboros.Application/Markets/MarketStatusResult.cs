namespace Ouroboros.Application.Markets;

/// <summary>
/// The markets asked for at <see cref="At"/> (UTC), in calendar order. <see cref="Warnings"/> says, per market, when the
/// date lies outside the years its holiday table covers (there every weekday shows as a trading day).
/// </summary>
public sealed record MarketStatusResult(DateTimeOffset At, IReadOnlyList<MarketStatusRow> Markets, IReadOnlyList<string> Warnings);
