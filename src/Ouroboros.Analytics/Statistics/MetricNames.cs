namespace Ouroboros.Analytics.Statistics;

/// <summary>The snake_case keys of the statistics, shared by the JSON report and the stored metric dictionary.</summary>
public static class MetricNames
{
    public const string Start = "start";
    public const string End = "end";
    public const string Bars = "bars";
    public const string PeriodsPerYear = "periods_per_year";
    public const string InitialCash = "initial_cash";
    public const string FinalEquity = "final_equity";
    public const string TotalReturn = "total_return";
    public const string Cagr = "cagr";
    public const string Volatility = "volatility";
    public const string Sharpe = "sharpe";
    public const string Sortino = "sortino";
    public const string Calmar = "calmar";
    public const string MaxDrawdown = "max_drawdown";
    public const string MaxDrawdownPeak = "max_drawdown_peak";
    public const string MaxDrawdownTrough = "max_drawdown_trough";
    public const string MaxDrawdownDurationDays = "max_drawdown_duration_days";
    public const string MaxDrawdownDurationBars = "max_drawdown_duration_bars";
    public const string MaxDrawdownDurationOngoing = "max_drawdown_duration_ongoing";
    public const string CurrentDrawdown = "current_drawdown";
    public const string ClosedTrades = "closed_trades";
    public const string OpenTrades = "open_trades";
    public const string WinningTrades = "winning_trades";
    public const string LosingTrades = "losing_trades";
    public const string WinRate = "win_rate";
    public const string ProfitFactor = "profit_factor";
    public const string GrossProfit = "gross_profit";
    public const string GrossLoss = "gross_loss";
    public const string RealizedPnl = "realized_pnl";
    public const string UnrealizedPnl = "unrealized_pnl";
    public const string AvgTrade = "avg_trade";
    public const string AvgWin = "avg_win";
    public const string AvgLoss = "avg_loss";
    public const string LargestWin = "largest_win";
    public const string LargestLoss = "largest_loss";
    public const string AvgHoldingDays = "avg_holding_days";
    public const string Fills = "fills";
    public const string Fees = "fees";
    public const string TradedNotional = "traded_notional";
    public const string BarsInMarket = "bars_in_market";
    public const string Exposure = "exposure";
    public const string Turnover = "turnover";
    public const string AnnualTurnover = "annual_turnover";
    public const string Benchmark = "benchmark";
    public const string MonthlyReturns = "monthly_returns";
    public const string YearlyReturns = "yearly_returns";

    // Stored with a prefix in the flat metric dictionary; inside the "benchmark" object of the JSON report without it.
    public const string BenchmarkTotalReturn = "benchmark_total_return";
    public const string BenchmarkCagr = "benchmark_cagr";
    public const string BenchmarkMaxDrawdown = "benchmark_max_drawdown";
    public const string BenchmarkSharpe = "benchmark_sharpe";
    public const string ExcessReturn = "excess_return";
}
