using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>After three losing trades in a row, new entries pause for a day from the last loss.</summary>
public sealed class LosingStreakGateTests
{
    private readonly LosingStreakGate _gate = new(3, TimeSpan.FromDays(1));

    private static RiskCheck EntryAt(IRiskHistory history, double minutes = 0) => Checks.Entry() with { History = history, Time = Minutes(minutes) };

    [Fact]
    public void Gate_is_named_losing_streak()
    {
        _gate.Name.ShouldBe("losing_streak");
        _gate.Length.ShouldBe(3);
        _gate.Pause.ShouldBe(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Gate_allows_an_entry_after_fewer_losses_than_the_streak_length() =>
        _gate.Evaluate(EntryAt(WithLosses(2, Minutes(-1)))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_during_the_pause_and_says_when_it_ends()
    {
        var verdict = _gate.Evaluate(EntryAt(WithLosses(3, Minutes(-60))));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("losing_streak");
        verdict.Reason.ShouldBe("3 losing trades in a row (limit 3): no new entries for 1440 minutes after the last loss at 2024-03-04 14:00:00Z; the pause ends at 2024-03-05 14:00:00Z");
        verdict.Figures.ShouldContain(RiskFigure.Of("consecutive_losses", 3));
        verdict.Figures.ShouldContain(RiskFigure.Of("streak_length", 3));
        verdict.Figures.ShouldContain(new RiskFigure("pause_ends", "2024-03-05T14:00:00.0000000+00:00"));
    }

    [Fact]
    public void Gate_allows_an_entry_at_exactly_the_end_of_the_pause() =>
        _gate.Evaluate(EntryAt(WithLosses(3, Minutes(-1440)))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_one_tick_before_the_end_of_the_pause() =>
        _gate.Evaluate(EntryAt(WithLosses(3, Minutes(-1440).AddTicks(1)))).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_allows_an_entry_once_a_winner_ends_the_streak()
    {
        var history = WithLosses(3, Minutes(-10));
        history.RecordRoundTrip(Qqq.Id, Minutes(-5), 0m);
        _gate.Evaluate(EntryAt(history)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_starts_a_new_pause_with_every_further_loss_of_a_running_streak()
    {
        var history = WithLosses(3, Minutes(-3000));
        _gate.Evaluate(EntryAt(history)).IsApproved.ShouldBeTrue();

        AddLosses(history, 1, Minutes(-5));
        _gate.Evaluate(EntryAt(history)).Reason.ShouldNotBeNull().ShouldStartWith("4 losing trades in a row (limit 3)");
    }

    [Fact]
    public void Gate_allows_exits_during_the_pause() =>
        _gate.Evaluate(Checks.Exit() with { History = WithLosses(5, Minutes(-1)) }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_with_data_missing_when_a_streak_has_no_time_of_its_last_loss()
    {
        var verdict = _gate.Evaluate(EntryAt(new StreakWithoutTime(3)));

        verdict.IsDataMissing.ShouldBeTrue();
        verdict.Reason.ShouldBe("data missing: 3 losing trades in a row but the time of the last losing exit is unknown, so the pause cannot be timed");
        verdict.Figures.ShouldContain(new RiskFigure("last_loss", "missing"));
    }

    [Fact]
    public void Gate_does_not_need_the_time_of_a_loss_below_the_streak_length() =>
        _gate.Evaluate(EntryAt(new StreakWithoutTime(2))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_with_a_streak_of_one_pauses_after_a_single_loss() =>
        new LosingStreakGate(1, TimeSpan.FromMinutes(30)).Evaluate(EntryAt(WithLosses(1, Minutes(-29)))).IsApproved.ShouldBeFalse();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_rejects_a_streak_length_below_one(int length) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new LosingStreakGate(length, TimeSpan.FromMinutes(1)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(525_601)]
    public void Constructor_rejects_a_pause_that_is_not_between_zero_and_a_year(int minutes) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new LosingStreakGate(3, TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));

    /// <summary>A history from elsewhere (a restored journal) that knows the streak but not when it ended.</summary>
    private sealed class StreakWithoutTime(int losses) : IRiskHistory
    {
        public int OrdersToday => 0;
        public int ConsecutiveLosses => losses;
        public DateTimeOffset? LastLossTime => null;
        public int OrdersSince(DateTimeOffset since) => 0;
        public DateTimeOffset? LastExit(InstrumentId instrument) => null;
        public decimal? PreviousClose(InstrumentId instrument) => null;
        public IReadOnlyList<double> DailyReturns(InstrumentId instrument) => [];

        public IReadOnlyList<DateOnly> DailyReturnDates(InstrumentId instrument) => [];
        public StrategyId? HolderOf(InstrumentId instrument) => null;
        public decimal? StopDistanceOf(InstrumentId instrument) => null;
    }
}
