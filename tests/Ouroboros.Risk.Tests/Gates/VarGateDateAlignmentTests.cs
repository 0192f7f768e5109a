using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>Instruments of markets with different holidays: the VaR pairs their returns by date, never by position.</summary>
public sealed class VarGateDateAlignmentTests
{
    private static readonly InstrumentId Other = new("KRX:069500");

    /// <summary>Closes on consecutive weekdays from 2024-01-02, skipping <paramref name="holidays"/>; one shock.</summary>
    private static void Record(RiskHistory history, InstrumentId id, int days, DateOnly[] holidays, DateOnly? shockDay, decimal shock)
    {
        var close = 100m;
        var day = new DateOnly(2024, 1, 2);
        for (var n = 0; n <= days; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(day)) continue;
            if (day == shockDay) close *= 1m + shock;
            history.RecordClose(id, day, close);
            n++;
        }
    }

    [Fact]
    public void A_holiday_in_one_market_does_not_pair_a_crash_day_with_a_quiet_day()
    {
        // The held KRX position is short; SPY (the order) is long. Both fall 10% on the same date, so the hedge holds
        // on that day. KRX has a holiday three weeks earlier: pairing by position would shift every later KRX return
        // one day back and show the SPY crash unhedged.
        var crash = new DateOnly(2024, 2, 14);
        var history = new RiskHistory();
        Record(history, Checks.Spy.Id, 40, [], crash, -0.10m);
        Record(history, Other, 40, [new DateOnly(2024, 1, 22)], crash, -0.10m);
        var check = Checks.Of(OrderSide.Buy, 0m, value: 50_000m, quantity: 500m, history: history,
            positions: [new PositionExposure(Other, -500m, 100m)]);

        var verdict = new VarGate(0.0001m, 20).Evaluate(check);

        verdict.IsApproved.ShouldBeTrue(verdict.Reason);
        history.DailyReturnDates(Other).ShouldNotContain(new DateOnly(2024, 1, 22));
        history.DailyReturnDates(Checks.Spy.Id).ShouldContain(new DateOnly(2024, 1, 22));
    }

    [Fact]
    public void Too_few_shared_dates_deny_as_data_missing_even_when_each_instrument_has_enough()
    {
        var history = new RiskHistory();
        Record(history, Checks.Spy.Id, 25, [], null, 0m);
        var day = new DateOnly(2025, 6, 2);
        for (var n = 0; n < 26; n++, day = day.AddDays(1)) history.RecordClose(Other, day, 100m);
        var check = Checks.Of(OrderSide.Buy, 0m, value: 1_000m, quantity: 10m, history: history,
            positions: [new PositionExposure(Other, 10m, 100m)]);

        var verdict = new VarGate(0.05m, 20).Evaluate(check);

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason!.ShouldContain("share only 0 dates");
    }
}
