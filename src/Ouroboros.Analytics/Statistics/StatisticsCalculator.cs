using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Computes <see cref="PerformanceStatistics"/> from a run in O(n): one pass over the equity curve for returns,
/// drawdown and exposure, one for the calendar returns, one over trades and fills, and a binary-searched pass over
/// the benchmark. Allocates only the output (the monthly and yearly lists). Definitions: Reports/README.md.
/// </summary>
public static class StatisticsCalculator
{
    public static PerformanceStatistics Compute(StatisticsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var equity = input.Equity;
        var count = equity.Count;
        var periodsPerYear = Annualization.PeriodsPerYear(input.Interval, input.TradesAroundTheClock);

        var returns = new ReturnAccumulator();
        var drawdown = new DrawdownTracker();
        var equitySum = 0.0;
        var pointsWithPosition = 0;
        var previous = 0.0;
        var previousTicks = long.MinValue;
        for (var i = 0; i < count; i++)
        {
            var point = equity[i];
            var ticks = point.Time.UtcTicks;
            if (ticks < previousTicks)
                throw new ArgumentException($"Equity points must be in ascending time; point {i} at {point.Time:O} is before the one before it.", nameof(input));
            var value = (double)point.Equity;
            if (i > 0 && previous > 0) returns.Add(value / previous - 1);
            drawdown.Add(i, ticks, value);
            equitySum += value;
            if (point.Equity != point.Cash) pointsWithPosition++;
            previous = value;
            previousTicks = ticks;
        }

        var initial = input.InitialCash;
        var final = count == 0 ? initial : equity[count - 1].Equity;
        DateTimeOffset? start = count == 0 ? null : equity[0].Time;
        DateTimeOffset? end = count == 0 ? null : equity[count - 1].Time;
        var elapsed = count == 0 ? TimeSpan.Zero : end!.Value - start!.Value;
        var totalReturn = count == 0 ? null : CalendarReturns.Ratio(final, initial);
        var cagr = totalReturn is { } tr ? Annualization.Cagr(1 + tr, elapsed) : null;
        double? maxDrawdown = drawdown.HasData ? drawdown.MaxDrawdown : null;
        var barsInMarket = input.BarsInMarket ?? pointsWithPosition;
        var averageEquity = count == 0 ? 0 : equitySum / count;
        var (months, years) = CalendarReturns.Compute(equity, initial);

        var stats = new PerformanceStatistics
        {
            Start = start,
            End = end,
            Bars = count,
            PeriodsPerYear = periodsPerYear,
            InitialCash = initial,
            FinalEquity = final,
            TotalReturn = totalReturn,
            Cagr = cagr,
            Volatility = returns.Volatility(periodsPerYear),
            Sharpe = returns.Sharpe(periodsPerYear),
            Sortino = returns.Sortino(periodsPerYear),
            Calmar = cagr is { } c && maxDrawdown is < 0 ? c / -maxDrawdown.Value : null,
            MaxDrawdown = maxDrawdown,
            MaxDrawdownPeak = drawdown.MaxDrawdownPeak,
            MaxDrawdownTrough = drawdown.MaxDrawdownTrough,
            MaxDrawdownDuration = drawdown.HasData ? drawdown.LongestDuration : null,
            MaxDrawdownDurationBars = drawdown.HasData ? drawdown.LongestDurationBars : null,
            MaxDrawdownDurationOngoing = drawdown.LongestIsOngoing,
            InDrawdownAtEnd = drawdown.InDrawdown,
            CurrentDrawdown = drawdown.HasData ? drawdown.CurrentDrawdown : null,
            BarsInMarket = count == 0 ? null : barsInMarket,
            Exposure = count == 0 ? null : (double)barsInMarket / count,
            MonthlyReturns = months,
            YearlyReturns = years,
        };

        stats = TradeMetrics.Apply(stats, input.ClosedTrades, input.OpenTrades, input.Fills);
        var turnover = averageEquity > 0 ? (double)stats.TradedNotional / averageEquity : (double?)null;
        var years365 = Annualization.Years(elapsed);
        stats = stats with
        {
            Turnover = turnover,
            AnnualTurnover = years365 > 0 ? turnover / years365 : null,
            Benchmark = input.Benchmark is { } bench && start is { } s && end is { } e
                ? BenchmarkCalculator.Compute(bench, s, e, input.TradesAroundTheClock, totalReturn)
                : null,
        };
        return stats;
    }

    /// <summary>Drawdown of each point from the running peak (negative fractions; 0 at a peak), for charts.</summary>
    public static double[] DrawdownSeries(IReadOnlyList<EquityPoint> equity)
    {
        ArgumentNullException.ThrowIfNull(equity);
        var result = new double[equity.Count];
        var peak = double.MinValue;
        for (var i = 0; i < result.Length; i++)
        {
            var value = (double)equity[i].Equity;
            if (value > peak) peak = value;
            result[i] = peak > 0 ? value / peak - 1 : 0;
        }
        return result;
    }
}
