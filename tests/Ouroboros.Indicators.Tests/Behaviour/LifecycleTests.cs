using Ouroboros.Indicators.Specs;
using Ouroboros.Indicators.Tests.Support;

namespace Ouroboros.Indicators.Tests.Behaviour;

public sealed class LifecycleTests
{
    public static TheoryData<string> Specs => new(IndicatorZoo.All);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Warmup_period_is_the_bar_at_which_every_line_first_has_a_value(string spec)
    {
        var indicator = IndicatorZoo.Create(spec);
        var lines = StreamLines.Run(IndicatorZoo.Create(spec), QuotesCsv.Default);
        var allReady = Enumerable.Range(0, QuotesCsv.Default.Length).First(i => lines.All(l => l[i] is not null));
        allReady.ShouldBe(indicator.WarmupPeriod - 1);
        // And no line has a value before its own first bar, after which it never disappears on this data.
        foreach (var line in lines)
        {
            var first = Array.FindIndex(line, v => v is not null);
            line.Skip(first).ShouldAllBe(v => v != null);
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Is_ready_turns_true_exactly_after_the_warmup_period(string spec)
    {
        var indicator = IndicatorZoo.Create(spec);
        var bars = QuotesCsv.Default;
        for (var i = 0; i < bars.Length; i++)
        {
            indicator.IsReady.ShouldBe(i >= indicator.WarmupPeriod, $"before bar {i}");
            indicator.Update(bars[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Reset_restores_the_freshly_constructed_behaviour(string spec)
    {
        var indicator = IndicatorZoo.Create(spec);
        var fresh = StreamLines.Run(indicator, QuotesCsv.Default);
        indicator.Reset();
        indicator.IsReady.ShouldBeFalse();
        for (var l = 0; l < indicator.LineCount; l++) indicator.TryGetLine(l, out _).ShouldBeFalse();
        var again = StreamLines.Run(indicator, QuotesCsv.Default);
        for (var l = 0; l < fresh.Length; l++)
        {
            for (var i = 0; i < fresh[l].Length; i++) StreamLines.SameBits(fresh[l][i], again[l][i]).ShouldBeTrue($"line {l} bar {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Updates_allocate_nothing_on_the_heap(string spec)
    {
        var indicator = IndicatorZoo.Create(spec);
        var bars = QuotesCsv.Default;
        // First pass lets the JIT settle (tiering, static constructors) so only steady-state updates are measured.
        foreach (var bar in bars) indicator.Update(bar);
        // The runtime may allocate on this thread while it tiers code up (call counting, OSR), which can land
        // in any one window; an indicator that really allocates does so in every window, so the quietest of
        // several windows must be zero.
        var quietest = long.MaxValue;
        for (var attempt = 0; attempt < 5 && quietest != 0; attempt++)
        {
            indicator.Reset();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var pass = 0; pass < 4; pass++)
            {
                foreach (var bar in bars)
                {
                    indicator.Update(bar);
                    indicator.TryGetLine(0, out _);
                }
            }

            quietest = Math.Min(quietest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        quietest.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Name_parses_back_to_the_same_indicator(string spec)
    {
        var indicator = IndicatorZoo.Create(spec);
        var reparsed = IndicatorSpec.Parse(indicator.Name);
        reparsed.Text.ShouldBe(indicator.Name);
        reparsed.LineNames.ShouldBe(indicator.LineNames);
        reparsed.WarmupPeriod.ShouldBe(indicator.WarmupPeriod);
        indicator.LineCount.ShouldBe(indicator.LineNames.Count);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Asking_for_a_line_that_does_not_exist_throws(string spec)
    {
        var indicator = IndicatorZoo.Create(spec);
        Should.Throw<ArgumentOutOfRangeException>(() => indicator.TryGetLine(indicator.LineCount, out _));
        Should.Throw<ArgumentOutOfRangeException>(() => indicator.TryGetLine(-1, out _));
    }
}
