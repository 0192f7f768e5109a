using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Statistics;

/// <summary>Round-trip and execution figures: win rate, profit factor, averages, extremes, fees and traded notional.</summary>
internal static class TradeMetrics
{
    public static PerformanceStatistics Apply(
        PerformanceStatistics stats, IReadOnlyList<ClosedTrade> closed, IReadOnlyList<OpenTrade> open, IReadOnlyList<Fill> fills)
    {
        int wins = 0, losses = 0;
        decimal grossProfit = 0, grossLoss = 0, realized = 0;
        decimal? largestWin = null, largestLoss = null;
        long holdingTicks = 0;
        for (var i = 0; i < closed.Count; i++)
        {
            var trade = closed[i];
            var pnl = trade.NetPnl;
            realized += pnl;
            holdingTicks += trade.Duration.Ticks;
            if (pnl > 0)
            {
                wins++;
                grossProfit += pnl;
                if (largestWin is null || pnl > largestWin) largestWin = pnl;
            }
            else if (pnl < 0)
            {
                losses++;
                grossLoss += pnl;
                if (largestLoss is null || pnl < largestLoss) largestLoss = pnl;
            }
        }

        decimal unrealized = 0;
        for (var i = 0; i < open.Count; i++) unrealized += open[i].UnrealizedPnl;

        decimal fees = 0, notional = 0;
        for (var i = 0; i < fills.Count; i++)
        {
            fees += fills[i].Fee;
            notional += fills[i].Notional;
        }

        var count = closed.Count;
        return stats with
        {
            ClosedTrades = count,
            OpenTrades = open.Count,
            WinningTrades = wins,
            LosingTrades = losses,
            WinRate = count == 0 ? null : (double)wins / count,
            ProfitFactor = losses == 0 ? null : (double)(grossProfit / -grossLoss),
            GrossProfit = grossProfit,
            GrossLoss = grossLoss,
            RealizedPnl = realized,
            UnrealizedPnl = unrealized,
            AverageTrade = count == 0 ? null : Average(realized, count),
            AverageWin = wins == 0 ? null : Average(grossProfit, wins),
            AverageLoss = losses == 0 ? null : Average(grossLoss, losses),
            LargestWin = largestWin,
            LargestLoss = largestLoss,
            AverageHoldingTime = count == 0 ? null : TimeSpan.FromTicks(holdingTicks / count),
            Fills = fills.Count,
            TotalFees = fees,
            TradedNotional = notional,
        };
    }

    /// <summary>Averages are rounded to 8 decimal places (a 28-digit quotient helps nobody).</summary>
    private static decimal Average(decimal sum, int count) => Math.Round(sum / count, 8);
}
