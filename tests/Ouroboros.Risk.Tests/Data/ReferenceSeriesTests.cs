using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Risk.Data;
using Ouroboros.TestKit;

namespace Ouroboros.Risk.Tests.Data;

/// <summary>A reference series answers "the latest value available at or before t" and refuses unordered input.</summary>
public sealed class ReferenceSeriesTests
{
    private static readonly DateTimeOffset Mon = new(2024, 3, 4, 21, 15, 0, TimeSpan.Zero);

    private static readonly ReferenceSeries Series = new("VIX", [(Mon, 14m), (Mon.AddDays(1), 15.5m), (Mon.AddDays(2), 13m)]);

    [Fact]
    public void A_series_keeps_its_name_count_first_and_last()
    {
        Series.Name.ShouldBe("VIX");
        Series.Count.ShouldBe(3);
        Series.First.ShouldBe((Mon, 14m));
        Series.Last.ShouldBe((Mon.AddDays(2), 13m));
    }

    [Fact]
    public void Nothing_is_known_before_the_first_point() =>
        Series.TryGetAsOf(Mon.AddTicks(-1), out _, out _).ShouldBeFalse();

    [Fact]
    public void A_point_is_known_from_the_instant_it_becomes_available()
    {
        Series.TryGetAsOf(Mon.AddDays(1), out var at, out var value).ShouldBeTrue();

        at.ShouldBe(Mon.AddDays(1));
        value.ShouldBe(15.5m);
    }

    [Fact]
    public void Between_points_the_earlier_one_applies()
    {
        Series.TryGetAsOf(Mon.AddDays(2).AddTicks(-1), out var at, out var value).ShouldBeTrue();

        at.ShouldBe(Mon.AddDays(1));
        value.ShouldBe(15.5m);
    }

    [Fact]
    public void After_the_last_point_the_last_one_applies()
    {
        Series.TryGetAsOf(Mon.AddYears(1), out var at, out var value).ShouldBeTrue();

        at.ShouldBe(Mon.AddDays(2));
        value.ShouldBe(13m);
    }

    [Fact]
    public void Times_in_other_offsets_compare_by_instant()
    {
        // 06:15 on Tuesday in Seoul is 21:15 on Monday in UTC: exactly when the first point became available.
        Series.TryGetAsOf(new DateTimeOffset(2024, 3, 5, 6, 15, 0, TimeSpan.FromHours(9)), out _, out var value).ShouldBeTrue();
        value.ShouldBe(14m);
    }

    [Fact]
    public void Constructor_rejects_points_out_of_order()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ReferenceSeries("VIX", [(Mon, 1m), (Mon.AddDays(-1), 2m)]));
        error.Message.ShouldContain("The points of VIX must be in strictly ascending time order: point 1");
    }

    [Fact]
    public void Constructor_rejects_two_points_at_the_same_instant_even_in_different_offsets() =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            new ReferenceSeries("VIX", [(Mon, 1m), (Mon.ToOffset(TimeSpan.FromHours(9)), 2m)]));

    [Fact]
    public void Constructor_rejects_an_empty_series()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => new ReferenceSeries("VIX", []));
        error.Message.ShouldContain("The reference series VIX needs at least one point.");
    }

    [Fact]
    public void Constructor_rejects_a_blank_name_and_null_points()
    {
        Should.Throw<ArgumentException>(() => new ReferenceSeries(" ", [(Mon, 1m)]));
        Should.Throw<ArgumentNullException>(() => new ReferenceSeries("VIX", null!));
    }

    [Fact]
    public void A_series_of_one_point_answers_from_that_point_on()
    {
        var one = new ReferenceSeries("X", [(Mon, -0.5m)]);

        one.First.ShouldBe(one.Last);
        one.TryGetAsOf(Mon, out _, out var value).ShouldBeTrue();
        value.ShouldBe(-0.5m);
        one.TryGetAsOf(Mon.AddTicks(-1), out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Looking_up_a_value_does_not_allocate()
    {
        var series = new ReferenceSeries("VIX", Enumerable.Range(0, 5_000).Select(i => (Mon.AddDays(i), (decimal)i)));
        var sum = 0m;

        var bytes = HeapAllocations.QuietestWindow(0, 50_000, i =>
        {
            if (series.TryGetAsOf(Mon.AddHours(i * 3), out _, out var v)) sum += v;
        });

        bytes.ShouldBe(0);
        sum.ShouldBeGreaterThan(0m);
    }

    private static readonly Gen<(int[] Gaps, int Query)> GapsAndQuery =
        from gaps in Gen.Choose(1, 1_000).ArrayOf()
        from query in Gen.Choose(-100, 100_000)
        select (gaps, query);

    [Fact]
    public void For_any_series_and_time_the_lookup_equals_a_linear_scan() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(GapsAndQuery.ToArbitrary(), c =>
        {
            if (c.Gaps.Length == 0) return;
            var minutes = 0;
            var points = c.Gaps.Select((gap, i) => (Mon.AddMinutes(minutes += gap), (decimal)i)).ToArray();
            var series = new ReferenceSeries("S", points);
            var query = Mon.AddMinutes(c.Query);

            var expected = points.LastOrDefault(p => p.Item1 <= query);
            var found = series.TryGetAsOf(query, out var at, out var value);

            found.ShouldBe(expected != default);
            if (found) (at, value).ShouldBe(expected);
        }));
}
