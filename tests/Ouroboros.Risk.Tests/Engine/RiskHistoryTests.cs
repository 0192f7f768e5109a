using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Engine;

/// <summary>The engine's memory: order times, the day's order count, daily closes and returns, losing streaks and holders.</summary>
public sealed class RiskHistoryTests
{
    private static readonly DateTimeOffset T0 = Checks.T0;
    private static readonly DateOnly Mon = new(2024, 3, 4);
    private readonly RiskHistory _history = new();

    [Fact]
    public void Orders_since_counts_approved_orders_at_or_after_the_instant()
    {
        foreach (var minutes in new[] { 0, 1, 2, 2 }) _history.RecordApprovedOrder(T0.AddMinutes(minutes));

        _history.OrdersSince(T0).ShouldBe(4);
        _history.OrdersSince(T0.AddMinutes(1)).ShouldBe(3);
        _history.OrdersSince(T0.AddMinutes(2)).ShouldBe(2);
        _history.OrdersSince(T0.AddMinutes(2).AddTicks(1)).ShouldBe(0);
    }

    [Fact]
    public void Order_times_older_than_24_hours_are_forgotten_but_one_exactly_24_hours_old_is_kept()
    {
        _history.RecordApprovedOrder(T0);
        _history.RecordApprovedOrder(T0.AddMinutes(1));

        _history.RecordApprovedOrder(T0.AddHours(24));
        _history.OrdersSince(DateTimeOffset.MinValue).ShouldBe(3);
        _history.RecordApprovedOrder(T0.AddHours(24).AddMinutes(1).AddTicks(1));

        _history.OrdersSince(DateTimeOffset.MinValue).ShouldBe(2);
    }

    [Fact]
    public void A_new_trading_day_resets_the_orders_of_the_day_but_not_the_recent_order_times()
    {
        _history.RecordApprovedOrder(T0);
        _history.RecordApprovedOrder(T0.AddMinutes(1));
        _history.OrdersToday.ShouldBe(2);

        _history.StartTradingDay();

        _history.OrdersToday.ShouldBe(0);
        _history.OrdersSince(T0).ShouldBe(2);
        _history.RecordApprovedOrder(T0.AddMinutes(2));
        _history.OrdersToday.ShouldBe(1);
    }

    [Fact]
    public void The_previous_close_is_the_last_close_of_the_last_completed_date()
    {
        _history.RecordClose(Qqq.Id, Mon, 100m);
        _history.RecordClose(Qqq.Id, Mon, 101m);
        _history.PreviousClose(Qqq.Id).ShouldBeNull();

        _history.RecordClose(Qqq.Id, Mon.AddDays(1), 110m);
        _history.PreviousClose(Qqq.Id).ShouldBe(101m);
        _history.DailyReturns(Qqq.Id).ShouldBeEmpty();

        _history.RecordClose(Qqq.Id, Mon.AddDays(1), 111m);
        _history.PreviousClose(Qqq.Id).ShouldBe(101m);
    }

    [Fact]
    public void Daily_returns_are_close_to_close_of_consecutive_dates_once_the_later_date_is_complete()
    {
        _history.RecordClose(Qqq.Id, Mon, 100m);
        _history.RecordClose(Qqq.Id, Mon.AddDays(1), 99m);
        _history.RecordClose(Qqq.Id, Mon.AddDays(1), 110m);
        _history.RecordClose(Qqq.Id, Mon.AddDays(2), 121m);
        _history.RecordClose(Qqq.Id, Mon.AddDays(3), 108.9m);

        _history.DailyReturns(Qqq.Id).Count.ShouldBe(2);
        _history.DailyReturns(Qqq.Id)[0].ShouldBe(0.10, 1e-12);
        _history.DailyReturns(Qqq.Id)[1].ShouldBe(0.10, 1e-12);
        _history.PreviousClose(Qqq.Id).ShouldBe(121m);
    }

    [Fact]
    public void The_lookback_caps_the_returns_keeping_the_latest()
    {
        var history = new RiskHistory(returnsLookback: 3).WithReturns(Qqq.Id, 0.01m, 0.02m, 0.03m, 0.04m, 0.05m);

        var returns = history.DailyReturns(Qqq.Id);

        returns.Count.ShouldBe(3);
        returns[0].ShouldBe(0.03, 1e-9);
        returns[1].ShouldBe(0.04, 1e-9);
        returns[2].ShouldBe(0.05, 1e-9);
    }

    [Fact]
    public void Instruments_keep_their_own_closes_and_an_unseen_one_has_none()
    {
        _history.WithReturns(Qqq.Id, 0.01m, -0.02m);

        _history.DailyReturns(Qqq.Id).Count.ShouldBe(2);
        _history.DailyReturns(Tlt.Id).ShouldBeEmpty();
        _history.PreviousClose(Tlt.Id).ShouldBeNull();
    }

    [Fact]
    public void A_zero_close_gives_no_return_rather_than_an_infinite_one()
    {
        _history.RecordClose(Qqq.Id, Mon, 0m);
        _history.RecordClose(Qqq.Id, Mon.AddDays(1), 10m);
        _history.RecordClose(Qqq.Id, Mon.AddDays(2), 11m);

        _history.DailyReturns(Qqq.Id).ShouldBeEmpty();
        _history.PreviousClose(Qqq.Id).ShouldBe(10m);
    }

    [Fact]
    public void A_lookback_below_one_is_refused() => Should.Throw<ArgumentOutOfRangeException>(() => new RiskHistory(0));

    [Fact]
    public void Losing_round_trips_count_up_and_remember_the_last_loss()
    {
        _history.RecordRoundTrip(Qqq.Id, T0, -5m);
        _history.RecordRoundTrip(Tlt.Id, T0.AddMinutes(1), -0.01m);
        _history.RecordRoundTrip(Qqq.Id, T0.AddMinutes(2), -7m);

        _history.ConsecutiveLosses.ShouldBe(3);
        _history.LastLossTime.ShouldBe(T0.AddMinutes(2));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(0)]
    public void A_winning_or_break_even_round_trip_resets_the_streak_but_keeps_the_last_loss_time(int pnl)
    {
        _history.RecordRoundTrip(Qqq.Id, T0, -5m);
        _history.RecordRoundTrip(Qqq.Id, T0.AddMinutes(1), -5m);

        _history.RecordRoundTrip(Qqq.Id, T0.AddMinutes(2), pnl);

        _history.ConsecutiveLosses.ShouldBe(0);
        _history.LastLossTime.ShouldBe(T0.AddMinutes(1));
        _history.RecordRoundTrip(Qqq.Id, T0.AddMinutes(3), -1m);
        _history.ConsecutiveLosses.ShouldBe(1);
    }

    [Fact]
    public void A_fresh_history_knows_nothing()
    {
        _history.OrdersToday.ShouldBe(0);
        _history.ConsecutiveLosses.ShouldBe(0);
        _history.LastLossTime.ShouldBeNull();
        _history.LastExit(Qqq.Id).ShouldBeNull();
        _history.HolderOf(Qqq.Id).ShouldBeNull();
        _history.StopDistanceOf(Qqq.Id).ShouldBeNull();
    }

    [Fact]
    public void An_entry_records_the_holder_and_stop_distance_and_a_round_trip_clears_them()
    {
        _history.RecordEntry(Qqq.Id, TestStrategy, 1.5m);
        _history.RecordEntry(Tlt.Id, OtherStrategy, null);

        _history.HolderOf(Qqq.Id).ShouldBe(TestStrategy);
        _history.StopDistanceOf(Qqq.Id).ShouldBe(1.5m);
        _history.HolderOf(Tlt.Id).ShouldBe(OtherStrategy);
        _history.StopDistanceOf(Tlt.Id).ShouldBeNull();

        _history.RecordRoundTrip(Qqq.Id, T0, 3m);

        _history.HolderOf(Qqq.Id).ShouldBeNull();
        _history.StopDistanceOf(Qqq.Id).ShouldBeNull();
        _history.LastExit(Qqq.Id).ShouldBe(T0);
        _history.HolderOf(Tlt.Id).ShouldBe(OtherStrategy);
    }

    [Fact]
    public void A_new_entry_replaces_the_holder_and_the_last_exit_is_the_latest()
    {
        _history.RecordEntry(Qqq.Id, TestStrategy, 1m);
        _history.RecordRoundTrip(Qqq.Id, T0, 1m);
        _history.RecordEntry(Qqq.Id, OtherStrategy, 2m);
        _history.RecordRoundTrip(Qqq.Id, T0.AddHours(1), 1m);
        _history.RecordEntry(Qqq.Id, TestStrategy, 3m);

        _history.HolderOf(Qqq.Id).ShouldBe(TestStrategy);
        _history.StopDistanceOf(Qqq.Id).ShouldBe(3m);
        _history.LastExit(Qqq.Id).ShouldBe(T0.AddHours(1));
    }
}
