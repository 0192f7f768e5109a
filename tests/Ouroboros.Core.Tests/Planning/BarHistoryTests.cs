using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Tests.Planning;

public sealed class BarHistoryTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Bar BarNo(int i) => new(Start.AddDays(i), 100m + i, 101m + i, 99m + i, 100m + i, 1_000m);

    [Fact]
    public void It_keeps_what_a_list_trimmed_from_twice_keep_to_keep_would_keep()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(
            Gen.Choose(1, 20).ToArbitrary(), Gen.Choose(0, 120).ToArbitrary(), (keep, adds) =>
            {
                var history = new BarHistory(keep);
                var list = new List<Bar>();
                for (var i = 0; i < adds; i++)
                {
                    history.Add(BarNo(i));
                    list.Add(BarNo(i));
                    if (list.Count >= 2 * keep) list.RemoveRange(0, list.Count - keep);
                }
                history.View().ShouldBe(list);
                history.Count.ShouldBe(list.Count);
            }));
    }

    [Fact]
    public void A_view_never_changes_while_bars_keep_arriving_and_old_ones_are_dropped()
    {
        var history = new BarHistory(3);
        for (var i = 0; i < 4; i++) history.Add(BarNo(i));
        var view = history.View();
        var copy = view.ToArray();

        for (var i = 4; i < 20; i++) history.Add(BarNo(i));

        view.ShouldBe(copy);
        history.View().Select(b => b.Close).ShouldBe([115m, 116m, 117m, 118m, 119m]);
    }
}
