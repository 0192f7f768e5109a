namespace Ouroboros.Analytics.Statistics;

/// <summary>Flattens the scalar statistics into snake_case keys with nullable doubles, for storage and comparison.</summary>
internal static class MetricDictionary
{
    public static IReadOnlyDictionary<string, double?> From(PerformanceStatistics s)
    {
        var b = s.Benchmark;
        return new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            [MetricNames.Bars] = s.Bars,
            [MetricNames.PeriodsPerYear] = s.PeriodsPerYear,
            [MetricNames.InitialCash] = (double)s.InitialCash,
            [MetricNames.FinalEquity] = (double)s.FinalEquity,
            [MetricNames.TotalReturn] = s.TotalReturn,
            [MetricNames.Cagr] = s.Cagr,
            [MetricNames.Volatility] = s.Volatility,
            [MetricNames.Sharpe] = s.Sharpe,
            [MetricNames.Sortino] = s.Sortino,
            [MetricNames.Calmar] = s.Calmar,
            [MetricNames.MaxDrawdown] = s.MaxDrawdown,
            [MetricNames.MaxDrawdownDurationDays] = s.MaxDrawdownDuration?.TotalDays,
            [MetricNames.MaxDrawdownDurationBars] = s.MaxDrawdownDurationBars,
            [MetricNames.CurrentDrawdown] = s.CurrentDrawdown,
            [MetricNames.ClosedTrades] = s.ClosedTrades,
            [MetricNames.OpenTrades] = s.OpenTrades,
            [MetricNames.WinningTrades] = s.WinningTrades,
            [MetricNames.LosingTrades] = s.LosingTrades,
            [MetricNames.WinRate] = s.WinRate,
            [MetricNames.ProfitFactor] = s.ProfitFactor,
            [MetricNames.GrossProfit] = (double)s.GrossProfit,
            [MetricNames.GrossLoss] = (double)s.GrossLoss,
            [MetricNames.RealizedPnl] = (double)s.RealizedPnl,
            [MetricNames.UnrealizedPnl] = (double)s.UnrealizedPnl,
            [MetricNames.AvgTrade] = (double?)s.AverageTrade,
            [MetricNames.AvgWin] = (double?)s.AverageWin,
            [MetricNames.AvgLoss] = (double?)s.AverageLoss,
            [MetricNames.LargestWin] = (double?)s.LargestWin,
            [MetricNames.LargestLoss] = (double?)s.LargestLoss,
            [MetricNames.AvgHoldingDays] = s.AverageHoldingTime?.TotalDays,
            [MetricNames.Fills] = s.Fills,
            [MetricNames.Fees] = (double)s.TotalFees,
            [MetricNames.TradedNotional] = (double)s.TradedNotional,
            [MetricNames.BarsInMarket] = s.BarsInMarket,
            [MetricNames.Exposure] = s.Exposure,
            [MetricNames.Turnover] = s.Turnover,
            [MetricNames.AnnualTurnover] = s.AnnualTurnover,
            [MetricNames.BenchmarkTotalReturn] = b?.TotalReturn,
            [MetricNames.BenchmarkCagr] = b?.Cagr,
            [MetricNames.BenchmarkMaxDrawdown] = b?.MaxDrawdown,
            [MetricNames.BenchmarkSharpe] = b?.Sharpe,
            [MetricNames.ExcessReturn] = b?.ExcessReturn,
        };
    }
}
