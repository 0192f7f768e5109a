using Ouroboros.Ai.Prompts;
using static Ouroboros.Ai.Tests.Prompts.PromptTestData;

namespace Ouroboros.Ai.Tests.Prompts;

public sealed class BarAggregatorTests
{
    [Fact]
    public void Daily_bars_become_monday_stamped_weeks_with_first_open_extremes_last_close_and_summed_volume()
    {
        // 2025-03-03 is a Monday.
        var days = new[]
        {
            Bar(Utc(2025, 3, 3), 10, 12, 9, 11, 100),
            Bar(Utc(2025, 3, 4), 11, 15, 10, 14, 200),
            Bar(Utc(2025, 3, 7), 14, 14, 8, 9, 300),
            Bar(Utc(2025, 3, 10), 9, 10, 7, 8, 50),
            Bar(Utc(2025, 3, 11), 8, 9, 6, 9, 60),
        };
        var weeks = BarAggregator.Weeks(days, Utc(2025, 3, 12), out var partial);

        weeks.Count.ShouldBe(2);
        weeks[0].ShouldBe(Bar(Utc(2025, 3, 3), 10, 15, 8, 9, 600));
        weeks[1].ShouldBe(Bar(Utc(2025, 3, 10), 9, 10, 6, 9, 110));
        partial.ShouldBeTrue();
    }

    [Fact]
    public void A_week_that_has_ended_is_not_partial()
    {
        var days = new[] { Bar(Utc(2025, 3, 3), 10, 12, 9, 11, 100), Bar(Utc(2025, 3, 7), 11, 12, 10, 12, 100) };
        BarAggregator.Weeks(days, Utc(2025, 3, 10), out var partial).Count.ShouldBe(1);
        partial.ShouldBeFalse();
    }

    [Fact]
    public void Fifteen_minute_bars_become_four_hour_buckets_and_the_unfinished_bucket_is_left_out()
    {
        var start = Utc(2025, 3, 3, 0, 0);
        var bars = Enumerable.Range(0, 20).Select(i => Bar(start.AddMinutes(15 * i), 100 + i, 101 + i, 99 + i, 100.5m + i, 10)).ToArray();
        // 20 bars = 00:00..04:59; as of 05:00 only the 00:00-04:00 bucket is complete.
        var buckets = BarAggregator.Buckets(bars, TimeSpan.FromHours(4), start.AddHours(5));

        buckets.Count.ShouldBe(1);
        buckets[0].ShouldBe(Bar(start, 100, 116, 99, 115.5m, 160));
    }

    [Fact]
    public void A_bucket_is_complete_exactly_when_its_end_has_passed()
    {
        var start = Utc(2025, 3, 3, 4, 0);
        var bars = Enumerable.Range(0, 16).Select(i => Bar(start.AddMinutes(15 * i), 10, 11, 9, 10, 1)).ToArray();
        BarAggregator.Buckets(bars, TimeSpan.FromHours(4), start.AddHours(4)).Count.ShouldBe(1);
        BarAggregator.Buckets(bars, TimeSpan.FromHours(4), start.AddHours(4).AddTicks(-1)).Count.ShouldBe(0);
    }

    [Fact]
    public void One_hour_buckets_are_aligned_to_the_hour_even_when_the_data_starts_mid_hour()
    {
        var start = Utc(2025, 3, 3, 0, 30);
        var bars = Enumerable.Range(0, 6).Select(i => Bar(start.AddMinutes(15 * i), 10 + i, 11 + i, 9 + i, 10 + i, 1)).ToArray();
        var hours = BarAggregator.Buckets(bars, TimeSpan.FromHours(1), Utc(2025, 3, 3, 2, 0));

        hours.Select(h => h.Time).ShouldBe([Utc(2025, 3, 3, 0, 0), Utc(2025, 3, 3, 1, 0)]);
        hours[0].Volume.ShouldBe(2);
        hours[1].ShouldBe(Bar(Utc(2025, 3, 3, 1, 0), 12, 16, 11, 15, 4));
    }
}
