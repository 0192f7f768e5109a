using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Tests.Support;

/// <summary>Sets up the past for gates that read <see cref="IRiskHistory"/>, through the history's own Record* methods.</summary>
internal static class HistoryFixtures
{
    public static readonly Instrument Qqq = VenueRules.Instrument(Venue.Us, "QQQ", AssetClass.Etf);
    public static readonly Instrument Tlt = VenueRules.Instrument(Venue.Us, "TLT", AssetClass.Etf);
    public static readonly StrategyId TestStrategy = new("test");
    public static readonly StrategyId OtherStrategy = new("other");

    /// <summary>Daily closes start here; every instrument uses the same dates, so their returns line up.</summary>
    public static readonly DateOnly FirstDay = new(2023, 1, 2);

    public static DateTimeOffset Minutes(double minutes) => Checks.T0.AddMinutes(minutes);

    public static RiskHistory WithOrdersAt(params DateTimeOffset[] times)
    {
        var history = new RiskHistory();
        foreach (var t in times.Order()) history.RecordApprovedOrder(t);
        return history;
    }

    public static RiskHistory WithOrders(int count, DateTimeOffset at)
    {
        var history = new RiskHistory();
        for (var i = 0; i < count; i++) history.RecordApprovedOrder(at);
        return history;
    }

    /// <summary>A round trip in the instrument that went flat at <paramref name="exitTime"/>.</summary>
    public static RiskHistory WithExit(InstrumentId instrument, DateTimeOffset exitTime, decimal netPnl = 10m)
    {
        var history = new RiskHistory();
        history.RecordEntry(instrument, TestStrategy, null);
        history.RecordRoundTrip(instrument, exitTime, netPnl);
        return history;
    }

    /// <summary><paramref name="count"/> losing round trips a minute apart, the last one exiting at <paramref name="lastLoss"/>.</summary>
    public static RiskHistory WithLosses(int count, DateTimeOffset lastLoss) => AddLosses(new RiskHistory(), count, lastLoss);

    public static RiskHistory AddLosses(RiskHistory history, int count, DateTimeOffset lastLoss)
    {
        for (var i = count - 1; i >= 0; i--) history.RecordRoundTrip(Qqq.Id, lastLoss.AddMinutes(-i), -1m);
        return history;
    }

    /// <summary>
    /// Records one close a day so that <see cref="IRiskHistory.DailyReturns"/> of the instrument becomes
    /// <paramref name="returns"/> (oldest first), the last of them on the same date for every instrument. A day's return is only known once the next day starts, hence the
    /// extra close at the end.
    /// </summary>
    public static RiskHistory WithReturns(this RiskHistory history, InstrumentId instrument, params IEnumerable<decimal> returns)
    {
        // Every series ends on the same latest day, as real histories observed up to today do; shorter ones start later.
        var list = returns.ToList();
        returns = list;
        var day = FirstDay.AddDays(1000 - list.Count);
        var close = 100m;
        history.RecordClose(instrument, day, close);
        foreach (var r in returns)
        {
            day = day.AddDays(1);
            close *= 1m + r;
            history.RecordClose(instrument, day, close);
        }
        history.RecordClose(instrument, day.AddDays(1), close);
        return history;
    }

    /// <summary><paramref name="count"/> daily returns of zero with the given shocks placed at their indexes (oldest first).</summary>
    public static decimal[] Returns(int count, params (int Index, decimal Return)[] shocks)
    {
        var returns = new decimal[count];
        foreach (var (index, r) in shocks) returns[index] = r;
        return returns;
    }
}
