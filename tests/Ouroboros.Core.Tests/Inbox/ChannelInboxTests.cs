using Ouroboros.Core.Inbox;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Bars;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Inbox;

/// <summary>The live inbox: adapters write from their own threads, the kernel reads on its own, and results stream out.</summary>
public sealed class ChannelInboxTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);

    private static KernelHarness Scripted()
    {
        var kernel = new KernelHarness();
        kernel.Broker.FillAtNextOpen = true;
        foreach (var (day, close) in new[] { (Day1, 50m), (Day2, 52m), (Day3, 51m) }) kernel.Bar(0, day, close).Bar(1, day, close * 2);
        kernel.Strategy.At(Day1, _ => Intent(A)).At(Day2, _ => Intent(B, time: Day2));
        return kernel;
    }

    [Fact]
    public async Task A_channel_inbox_fed_from_another_thread_gives_the_same_run_as_a_replay()
    {
        var replay = await Scripted().RunAsync();
        var live = Scripted();
        var inbox = new ChannelInbox();

        var run = live.RunAsync(live.Setup(), inbox);
        var feed = Task.Run(() =>
        {
            foreach (var ev in live.Events) inbox.PostBar(ev.Instrument, ev.Bar).ShouldBeTrue();
            inbox.Complete();
        });
        await feed;
        var result = await run;

        result.Fills.ShouldBe(replay.Fills);
        result.Equity.ShouldBe(replay.Equity);
        result.TimeSlices.ShouldBe(3);
    }

    [Fact]
    public async Task An_operator_kill_posted_from_another_thread_cancels_working_orders_and_denies_what_follows()
    {
        var kernel = new KernelHarness { Risk = new Risk.Engine.RiskEngine([new RecordingGate()]) };
        kernel.Strategy.At(Day1, _ => Intent(A)).At(Day3, _ => Intent(A, time: Day3));
        var inbox = new ChannelInbox();
        var bar = static (DateTimeOffset t) => new Bar(t, 49m, 52m, 48m, 50m, 1_000m);

        var run = kernel.RunAsync(kernel.Setup(), inbox);
        await Task.Run(() =>
        {
            inbox.PostBar(0, bar(Day1));
            inbox.PostBar(0, bar(Day2));
            inbox.Post(new KillCommand("ops", "runaway strategy", Day2));
            inbox.PostBar(0, bar(Day3));
            inbox.Complete();
        });
        var result = await run;

        kernel.Log.Entries.ShouldContain("broker.Cancel O-000001");
        result.RiskDecisions.Select(d => d.Approved).ShouldBe([true, false]);
        result.RiskDecisions[^1].Reason!.ShouldContain("kill switch");
        result.RiskEvents.ShouldContain(e => e.Source == "kill_switch" && e.Message.Contains("(by ops)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sinks_receive_results_as_they_happen_not_at_the_end()
    {
        var kernel = Scripted();
        var sink = new KernelInboxOrderingTests.TimelineSink();
        kernel.Sinks.Add(sink);
        List<string>? seenAtDay2 = null;
        kernel.Strategy.At(Day2, _ =>
        {
            seenAtDay2 = [.. sink.Entries];
            return Intent(B, time: Day2);
        });

        await kernel.RunAsync();

        seenAtDay2.ShouldNotBeNull();
        seenAtDay2.ShouldContain("order O-000001");
        seenAtDay2.ShouldContain("decision O-000001");
        seenAtDay2.ShouldContain("fill O-000001");
        seenAtDay2.ShouldContain("equity 01-02 00:00");
        seenAtDay2.ShouldNotContain("equity 01-03 00:00");
    }

    [Fact]
    public async Task The_kernel_forgets_filled_orders_once_their_slice_has_closed()
    {
        var kernel = Scripted();

        await kernel.RunAsync();

        // Both orders filled at the following opens; only orders still working would be held.
        kernel.Kernel!.OrdersHeld.ShouldBe(0);
    }
}
