using System.Globalization;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// Refuses a benchmark that cannot be compared with the run: bars of another interval, or a period that does not cover
/// the traded one (a buy-and-hold over other years says nothing about the strategy). A few days of slack at either end
/// allow for holidays and a benchmark on another exchange.
/// </summary>
public static class BenchmarkFit
{
    private static readonly TimeSpan Slack = TimeSpan.FromDays(7);

    public static void Check(BarSeries benchmark, IReadOnlyList<BarSeries> series, DateTimeOffset? tradeFrom)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(series);
        var name = benchmark.Source is { } s ? Path.GetFileName(s) : benchmark.Instrument.Symbol;
        if (benchmark.Interval != series[0].Interval)
            throw new DataProblemException("benchmark",
                $"the «benchmark» {name} has {benchmark.Interval} bars but the run trades {series[0].Interval} bars; give a benchmark of the same interval");
        if (series.Min(x => x.First) is not { } first || series.Max(x => x.Last) is not { } end) return;
        var start = tradeFrom ?? first;
        if (benchmark.First is not { } bFirst || benchmark.Last is not { } bLast)
            throw new DataProblemException("benchmark",
                $"the «benchmark» {name} has no bars between {Day(start)} and {Day(end)}, the period the run trades; give a benchmark covering it");
        if (bFirst - start > Slack || end - bLast > Slack)
            throw new DataProblemException("benchmark",
                $"the «benchmark» {name} covers {Day(bFirst)} to {Day(bLast)} but the run trades {Day(start)} to {Day(end)}; give a benchmark covering the whole run, or narrow «from» and «to» to its period");
    }

    private static string Day(DateTimeOffset t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
