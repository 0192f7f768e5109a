using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Intents;
using static Ouroboros.Core.Tests.Kernel.KernelPartialBarTests;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>
/// Partial bars change nothing a closed bar decides: for any run with rescans between the slices (partial bars of the
/// coming period at any prices, any number of them), a strategy that reads them but does not act on them gets the same
/// fills, orders, risk decisions, equity curve, bars and indicator values as with no rescan at all.
/// </summary>
public sealed class KernelPartialBarPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Rescans_that_the_strategy_does_not_act_on_leave_every_closed_bar_result_unchanged() =>
        Check.One(Runs, Prop.ForAll(Seeds, seed =>
        {
            var without = Run(seed, rescans: false).GetAwaiter().GetResult();
            var with = Run(seed, rescans: true).GetAwaiter().GetResult();
            return Same(without, with);
        }));

    private static bool Same((KernelResult Result, RescanStrategy Strategy) a, (KernelResult Result, RescanStrategy Strategy) b) =>
        a.Result.Fills.SequenceEqual(b.Result.Fills)
        && a.Result.Orders.Select(o => (o.Request, o.Status, o.FilledQuantity)).SequenceEqual(b.Result.Orders.Select(o => (o.Request, o.Status, o.FilledQuantity)))
        && a.Result.RiskDecisions.SequenceEqual(b.Result.RiskDecisions)
        && a.Result.Equity.SequenceEqual(b.Result.Equity)
        && a.Result.SkippedIntents.SequenceEqual(b.Result.SkippedIntents)
        && a.Result.BarsProcessed == b.Result.BarsProcessed
        && a.Result.TimeSlices == b.Result.TimeSlices
        && a.Result.FinalEquity == b.Result.FinalEquity
        && a.Strategy.Bars.SequenceEqual(b.Strategy.Bars)
        && a.Strategy.Average.SequenceEqual(b.Strategy.Average)
        && a.Strategy.SliceEnds.Select(s => (s.Time, s.Equity, Prices: string.Join(",", s.LastPrices)))
            .SequenceEqual(b.Strategy.SliceEnds.Select(s => (s.Time, s.Equity, Prices: string.Join(",", s.LastPrices))));

    /// <summary>Days of two instruments with seeded closes and scripted trades; with rescans, partial bars before each day's bars.</summary>
    private static async Task<(KernelResult, RescanStrategy)> Run(int seed, bool rescans)
    {
        var random = new Random(seed);
        var kernel = new KernelHarness { DailyBars = true };
        kernel.Broker.FillAtNextOpen = true;
        kernel.Gates.Add(new RecordingGate());
        var strategy = new RescanStrategy();
        var days = random.Next(2, 12);
        for (var d = 0; d < days; d++)
        {
            var day = Day1.AddDays(d);
            var closes = new[] { 50m + random.Next(0, 100), 20m + random.Next(0, 50) };
            var partials = random.Next(0, 4);
            for (var r = 0; r < partials; r++)
            {
                var asOf = day.AddMinutes(30 + (60 * r) + random.Next(0, 30));
                var bars = Enumerable.Range(0, 2).Where(_ => random.Next(2) == 0)
                    .Select(i => Partial(i, day, 10m + random.Next(0, 200), asOf)).ToArray();
                // The generator draws the same numbers either way; only the run with rescans posts them.
                if (rescans) kernel.Event(Rescan(asOf, bars));
            }
            for (var i = 0; i < 2; i++)
            {
                if (random.Next(5) > 0) kernel.Bar(i, day, closes[i]);
            }
            var action = random.Next(4) switch { 0 => IntentAction.Buy, 1 => IntentAction.Close, _ => (IntentAction?)null };
            var instrument = random.Next(2) == 0 ? A : B;
            if (action is { } a) strategy.AtSlice(day, _ => Intent(instrument, a, time: day));
        }
        var result = await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });
        return (result, strategy);
    }
}
