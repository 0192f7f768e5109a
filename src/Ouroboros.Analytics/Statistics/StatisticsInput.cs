using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Everything <see cref="StatisticsCalculator"/> needs about one run.
/// </summary>
/// <param name="Equity">
/// One point per bar (time slice), in ascending time, recorded after that bar's fills and marked at its close.
/// Do not add an extra opening point for the initial cash: the total return is already anchored at <paramref name="InitialCash"/>.
/// </param>
/// <param name="InitialCash">Account value before the first bar; the base of total return, CAGR and the first month's return.</param>
/// <param name="ClosedTrades">Completed round trips.</param>
/// <param name="OpenTrades">Positions still open at the end, marked at the last price.</param>
/// <param name="Fills">Every execution of the run (fees and traded notional are summed from these).</param>
/// <param name="Interval">The bar interval of <paramref name="Equity"/>, for annualisation.</param>
/// <param name="TradesAroundTheClock">True for crypto (24/7): annualises with 365 days of 24 hours instead of 252 sessions.</param>
/// <param name="BarsInMarket">
/// Number of equity points at which any position was open (non-flat after that bar's fills).
/// Null: estimated as the number of points where <see cref="EquityPoint.Equity"/> differs from <see cref="EquityPoint.Cash"/>.
/// </param>
/// <param name="Benchmark">Optional buy-and-hold comparison series (e.g. the index or the traded ETF).</param>
public sealed record StatisticsInput(
    IReadOnlyList<EquityPoint> Equity,
    decimal InitialCash,
    IReadOnlyList<ClosedTrade> ClosedTrades,
    IReadOnlyList<OpenTrade> OpenTrades,
    IReadOnlyList<Fill> Fills,
    BarInterval Interval,
    bool TradesAroundTheClock = false,
    int? BarsInMarket = null,
    BarSeries? Benchmark = null)
{
    /// <summary>An input with only an equity curve (no trades, fills or benchmark).</summary>
    public static StatisticsInput ForCurve(IReadOnlyList<EquityPoint> equity, decimal initialCash, BarInterval interval, bool tradesAroundTheClock = false) =>
        new(equity, initialCash, [], [], [], interval, tradesAroundTheClock);
}
