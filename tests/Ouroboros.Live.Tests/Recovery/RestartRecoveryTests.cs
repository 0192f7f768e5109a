using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Orders;
using Ouroboros.Live.Replay;
using Ouroboros.Live.Tests.Parity;

namespace Ouroboros.Live.Tests.Recovery;

/// <summary>
/// A session killed at any crash point (as <c>kill -9</c> would) and restarted from its journal ends exactly as one
/// never killed: the same orders with the same ids, the same fills, the same equity curve, nothing twice, and operator
/// commands applied again at their place.
/// </summary>
public sealed class RestartRecoveryTests
{
    private const long HaltSlice = 250;

    private static readonly Lazy<IReadOnlyList<BarSeries>> Data =
        new(() => KrxData.Daily(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), "069500", "114800", "229200"));

    private static ReplayRig Rig(string strategy, bool warmUp) => new(strategy, Data.Value, RiskOn: true)
    {
        LiveRisk = true,
        TradeFrom = warmUp ? SliceTime(120) : null,
    };

    private static DateTimeOffset SliceTime(long number) => ReplaySlices.Of(Data.Value, MarketCalendars.Krx).ElementAt((int)number - 1).Time;

    [Fact]
    public async Task A_session_killed_at_random_crash_points_any_number_of_times_ends_exactly_as_one_never_killed()
    {
        ReplayRig[] rigs = [Rig("sma-cross", warmUp: false), Rig("sma-cross", warmUp: true), Rig("triple-rsi", warmUp: false), Rig("triple-rsi", warmUp: true)];
        var references = new List<(SessionSnapshot Journal, CountingCrashPoints Hits, HashSet<string> Told)>();
        foreach (var rig in rigs)
        {
            var never = new KilledSession(rig);
            var hits = new CountingCrashPoints();
            (await never.RunOnceAsync(hits)).ShouldBeTrue();
            var snapshot = await SessionSnapshot.OfAsync(never.Journal);
            snapshot.Orders.Count.ShouldBeGreaterThan(5, $"{rig}: the session needs orders to crash around");
            references.Add((snapshot, hits, [.. never.Told.SelectMany(t => t).Select(Key)]));
        }

        var random = new Random(20_240_611);
        var fired = new List<string>();
        for (var i = 0; i < 32; i++)
        {
            var which = i % rigs.Length;
            var (reference, hits, told) = references[which];
            var plan = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Plan(random, hits)).ToArray();
            var session = new KilledSession(rigs[which]);

            await session.RunAsync(plan);

            var context = $"case {i}: {rigs[which]}, {string.Join(" then ", plan.Select(p => p.ToString()))}; killed at {string.Join(", ", session.Crashes)}";
            (await SessionSnapshot.OfAsync(session.Journal)).ShouldEqual(reference, context);
            var toldByAll = session.Told.SelectMany(t => t).Select(Key).ToHashSet();
            told.Except(toldByAll).ShouldBeEmpty($"{context}: notifications lost: {string.Join(" / ", told.Except(toldByAll).Take(3))}");
            toldByAll.Except(told).ShouldBeEmpty($"{context}: notifications a never-killed session does not send");
            fired.AddRange(session.Crashes);
        }
        fired.Count.ShouldBeGreaterThanOrEqualTo(32, "most planned crashes fire");
        fired.Distinct().Count().ShouldBeGreaterThanOrEqualTo(6, $"crashes at several kinds of points: {string.Join(", ", fired.Distinct())}");
    }

    [Theory]
    [InlineData(CrashPointNames.SliceAfterCheckpoint, false)]
    [InlineData(CrashPointNames.SliceAfterCheckpoint, true)]
    [InlineData(CrashPointNames.OperatorBeforeApply, false)]
    [InlineData(CrashPointNames.OperatorBeforeApply, true)]
    [InlineData(CrashPointNames.OrderAfterDenied, false)]
    [InlineData(CrashPointNames.OrderAfterDenied, true)]
    public async Task A_halt_journaled_before_a_crash_is_applied_again_at_the_same_place_after_the_restart(string point, bool warmUp)
    {
        var rig = Rig("sma-cross", warmUp);
        var never = new KilledSession(rig) { Operator = new HaltingOperator(HaltSlice) };
        (await never.RunOnceAsync(NoCrashPoints.Instance)).ShouldBeTrue();
        var reference = await SessionSnapshot.OfAsync(never.Journal);
        // The halt denies new positions; the risk engine's own exits (stops) still close positions.
        var buysAfterHalt = reference.Orders.Where(o => o.Request.CreatedAt >= SliceTime(HaltSlice) && o.Request.Side == OrderSide.Buy).ToList();
        buysAfterHalt.ShouldNotBeEmpty("the strategy wants to buy after the halt");
        buysAfterHalt.ShouldAllBe(o => o.Status == OrderStatus.DeniedByRisk);
        reference.Inputs.Single().AfterSlices.ShouldBe(HaltSlice - 1);

        // Well after the halt (trading slices count from the warm-up's end), at the halt itself, at the first denial after it.
        var hit = point == CrashPointNames.SliceAfterCheckpoint ? (int)HaltSlice + 20 - (warmUp ? 119 : 0) : 1;
        var killed = new KilledSession(rig) { Operator = new HaltingOperator(HaltSlice) };
        await killed.RunAsync(new CrashAt(point, hit));

        killed.Crashes.ShouldBe([point]);
        (await SessionSnapshot.OfAsync(killed.Journal)).ShouldEqual(reference, $"{rig}, killed at {point}");
        killed.Operator.Returned.ShouldBe(1, "the store hands the command over once; the restart takes it from the journal");
    }

    [Fact]
    public async Task Checkpoints_count_the_slices_the_replay_numbers_warm_up_included_so_a_restart_resumes_where_the_last_run_stopped()
    {
        var rig = Rig("sma-cross", warmUp: true);
        var total = ReplaySlices.Of(Data.Value, MarketCalendars.Krx).LongCount();
        var killed = new KilledSession(rig);

        await killed.RunAsync(new CrashAt(CrashPointNames.SliceAfterCheckpoint, 200));

        var last = (await killed.Journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        last.SlicesDone.ShouldBe(total);
        last.SliceTime.ShouldBe(SliceTime(total));
        var restart = killed.Outcomes.ShouldHaveSingleItem();
        restart.SlicesRecovered.ShouldBe(119 + 200, "119 warm-up slices and 200 trading slices were done before the kill");
        restart.SlicesDone.ShouldBe(total);
        restart.Kernel.WarmUpSlices.ShouldBe(119);
    }

    private static CrashAt Plan(Random random, CountingCrashPoints hits)
    {
        // Mostly points this session does hit; now and then any point, or one it never hits (then the run just ends).
        var roll = random.Next(10);
        if (roll == 0) return new CrashAt(null, random.Next(1, hits.Total + 1));
        if (roll == 1) return new CrashAt(CrashPointNames.All[random.Next(CrashPointNames.All.Count)], random.Next(1, 4));
        var hit = hits.Hits.Keys.Order(StringComparer.Ordinal).ElementAt(random.Next(hits.Hits.Count));
        return new CrashAt(hit, random.Next(1, hits.Hits[hit] + 1));
    }

    private static string Key(Notification n) => $"{n.Time:O} {n.Kind} {n.Severity} {n.OrderId} {n.Message}";
}
