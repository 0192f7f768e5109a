using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Statistics;

/// <summary>
/// Monthly and yearly returns (UTC calendar) from period-end equity, chained from the initial cash so that
/// Π(1 + r) − 1 over the months (or the years) equals the total return.
/// </summary>
internal static class CalendarReturns
{
    public static (IReadOnlyList<MonthlyReturn> Months, IReadOnlyList<YearlyReturn> Years) Compute(IReadOnlyList<EquityPoint> equity, decimal initialCash)
    {
        if (equity.Count == 0) return ([], []);
        var months = new List<MonthlyReturn>();
        var years = new List<YearlyReturn>();
        var first = equity[0].Time.UtcDateTime;
        var year = first.Year;
        var month = first.Month;
        var nextMonthTicks = NextMonthTicks(year, month);
        var monthBase = initialCash;
        var yearBase = initialCash;
        var last = equity[0].Equity;

        for (var i = 0; i < equity.Count; i++)
        {
            var point = equity[i];
            if (point.Time.UtcTicks >= nextMonthTicks)
            {
                months.Add(new MonthlyReturn(year, month, Ratio(last, monthBase)));
                monthBase = last;
                var time = point.Time.UtcDateTime;
                if (time.Year != year)
                {
                    years.Add(new YearlyReturn(year, Ratio(last, yearBase)));
                    yearBase = last;
                }
                year = time.Year;
                month = time.Month;
                nextMonthTicks = NextMonthTicks(year, month);
            }
            last = point.Equity;
        }

        months.Add(new MonthlyReturn(year, month, Ratio(last, monthBase)));
        years.Add(new YearlyReturn(year, Ratio(last, yearBase)));
        return (months, years);
    }

    /// <summary>end / start − 1, or null when start is not positive.</summary>
    public static double? Ratio(decimal end, decimal start) => start <= 0 ? null : (double)((end - start) / start) + 0.0; // + 0.0 turns −0 into 0

    private static long NextMonthTicks(int year, int month) =>
        new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).Ticks;
}
