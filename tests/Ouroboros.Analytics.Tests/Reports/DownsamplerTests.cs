using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Analytics.Reports;

namespace Ouroboros.Analytics.Tests.Reports;

public sealed class DownsamplerTests
{
    [Fact]
    public void A_short_series_is_kept_whole()
    {
        Downsampler.MinMax([3.0, 1.0, 2.0], 10).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void The_downsampler_keeps_the_global_min_and_max_and_bounds_the_point_count()
    {
        var values = Enumerable.Range(0, 1_000_000).Select(i => Math.Sin(i / 5000.0) * 100 + (i % 97)).ToArray();
        values[123_457] = -1e6;
        values[876_543] = 1e6;
        var kept = Downsampler.MinMax(values);

        kept.Length.ShouldBeLessThanOrEqualTo(Downsampler.DefaultMaxPoints);
        kept.ShouldContain(123_457);
        kept.ShouldContain(876_543);
        kept[0].ShouldBe(0);
        kept[^1].ShouldBe(values.Length - 1);
    }

    [Fact]
    public void Any_series_keeps_its_extremes_ends_and_order_within_the_bound()
    {
        var gen = Gen.Zip(Gen.Choose(-1000, 1000).ArrayOf(), Gen.Choose(4, 64));
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (ints, maxPoints) = input;
            var values = ints.Select(v => (double)v).ToArray();
            var kept = Downsampler.MinMax(values, maxPoints);
            if (values.Length == 0) return kept.Length == 0;
            var keptValues = kept.Select(i => values[i]).ToArray();
            return kept.Length <= Math.Max(maxPoints, values.Length > maxPoints ? 0 : values.Length)
                && keptValues.Min() == values.Min()
                && keptValues.Max() == values.Max()
                && kept[0] == 0
                && kept[^1] == values.Length - 1
                && kept.Zip(kept.Skip(1)).All(p => p.First < p.Second);
        }).QuickCheckThrowOnFailure();
    }
}
