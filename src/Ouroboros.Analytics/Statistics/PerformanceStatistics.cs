namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// The performance of one run. Built by <see cref="StatisticsCalculator.Compute"/>; every definition is in
/// src/Ouroboros.Backtest/Reports/README.md. Ratios are fractions (0.05 = 5%). A value that is undefined for the
/// run (Sharpe of a flat curve, win rate without trades, ...) is null, never 0 or NaN.
/// </summary>
public sealed record PerformanceStatistics
{
    // Period
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }

    /// <summary>Number of equity points.</summary>
    public int Bars { get; init; }
    public double PeriodsPerYear { get; init; }

    // Returns
    public decimal InitialCash { get; init; }

    /// <summary>The last equity point (the initial cash when there is none).</summary>
    public decimal FinalEquity { get; init; }
    public double? TotalReturn { get; init; }
    public double? Cagr { get; init; }
    public double? Volatility { get; init; }
    public double? Sharpe { get; init; }
    public double? Sortino { get; init; }
    public double? Calmar { get; init; }

    // Drawdown
    /// <summary>Deepest fall from a running peak, as a negative fraction (−0.23 = 23% below the peak); 0 when none.</summary>
    public double? MaxDrawdown { get; init; }
    public DateTimeOffset? MaxDrawdownPeak { get; init; }
    public DateTimeOffset? MaxDrawdownTrough { get; init; }

    /// <summary>Longest time from a peak to the first point back at or above it (or to the end when never recovered).</summary>
    public TimeSpan? MaxDrawdownDuration { get; init; }
    public int? MaxDrawdownDurationBars { get; init; }

    /// <summary>True when the longest drawdown had not recovered by the last point.</summary>
    public bool MaxDrawdownDurationOngoing { get; init; }

    /// <summary>True when the equity ends below its running peak.</summary>
    public bool InDrawdownAtEnd { get; init; }

    /// <summary>Last equity / running peak − 1 (negative or 0).</summary>
    public double? CurrentDrawdown { get; init; }

    // Trades
    public int ClosedTrades { get; init; }
    public int OpenTrades { get; init; }
    public int WinningTrades { get; init; }
    public int LosingTrades { get; init; }
    public double? WinRate { get; init; }
    public double? ProfitFactor { get; init; }
    public decimal GrossProfit { get; init; }

    /// <summary>Sum of the net P&amp;L of losing trades (a negative number or 0).</summary>
    public decimal GrossLoss { get; init; }
    public decimal RealizedPnl { get; init; }
    public decimal UnrealizedPnl { get; init; }
    public decimal? AverageTrade { get; init; }
    public decimal? AverageWin { get; init; }

    /// <summary>Average net P&amp;L of losing trades (negative).</summary>
    public decimal? AverageLoss { get; init; }
    public decimal? LargestWin { get; init; }
    public decimal? LargestLoss { get; init; }
    public TimeSpan? AverageHoldingTime { get; init; }

    // Activity
    public int Fills { get; init; }
    public decimal TotalFees { get; init; }
    public decimal TradedNotional { get; init; }
    public int? BarsInMarket { get; init; }
    public double? Exposure { get; init; }
    public double? Turnover { get; init; }
    public double? AnnualTurnover { get; init; }

    // Comparison and calendar
    public BenchmarkStatistics? Benchmark { get; init; }
    public IReadOnlyList<MonthlyReturn> MonthlyReturns { get; init; } = [];
    public IReadOnlyList<YearlyReturn> YearlyReturns { get; init; } = [];

    /// <summary>The scalar metrics under their snake_case report keys, for storage (e.g. <c>RunSummary.Metrics</c>).</summary>
    public IReadOnlyDictionary<string, double?> ToMetricDictionary() => MetricDictionary.From(this);
}
