using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Application.Monitoring;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Tests.Monitoring;

/// <summary>Paging of every list the front ends show: bad pages refused with the input named, good pages exact slices.</summary>
public sealed class PageRequestTests
{
    [Theory]
    [InlineData(0, 0, "limit")]
    [InlineData(-5, 0, "limit")]
    [InlineData(1001, 0, "limit")]
    [InlineData(10, -1, "offset")]
    public void A_page_outside_the_allowed_range_is_refused_naming_the_input(int limit, int offset, string input)
    {
        var error = Should.Throw<InvalidInputException>(() => new PageRequest(limit, offset));
        error.Input.ShouldBe(input);
        error.Message.ShouldContain(input);
    }

    [Fact]
    public void No_limit_or_offset_means_the_first_hundred()
    {
        var page = new PageRequest();
        (page.Limit, page.Offset).ShouldBe((PageRequest.DefaultLimit, 0));
        page.Of([.. Enumerable.Range(0, 250)]).Items.ShouldBe(Enumerable.Range(0, 100));
    }

    [Fact]
    public void The_reach_of_a_far_page_does_not_overflow() =>
        new PageRequest(PageRequest.MaxLimit, int.MaxValue).Reach.ShouldBe(int.MaxValue);

    [Fact]
    public void Any_page_is_the_exact_slice_and_consecutive_pages_rebuild_the_list()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(
            (from count in Gen.Choose(0, 400) from limit in Gen.Choose(1, 60) from offset in Gen.Choose(0, 450) select (count, limit, offset)).ToArbitrary(), c =>
        {
            var all = Enumerable.Range(0, c.count).ToList();
            var page = new PageRequest(c.limit, c.offset).Of(all);
            page.Total.ShouldBe(c.count);
            page.Items.ShouldBe(all.Skip(c.offset).Take(c.limit));
            var rebuilt = new List<int>();
            for (var at = 0; at < c.count; at += c.limit) rebuilt.AddRange(new PageRequest(c.limit, at).Of(all).Items);
            rebuilt.ShouldBe(all);
        }));
    }
}
