using Ouroboros.Core.Agent;
using Ouroboros.TestKit.Storage;
using Shouldly;
using Xunit;
using static Ouroboros.TestKit.Storage.SampleAgents;

namespace Ouroboros.TestKit.Contracts;

/// <summary>Agent sessions, leases and heartbeats: what every <see cref="IAgentStore"/> must do. Derive one class per implementation.</summary>
public abstract class AgentStoreContract
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<IAgentStore> OpenAsync(TimeProvider clock);

    private Task<IAgentStore> OpenAsync() => OpenAsync(new FakeClock(T0));

    [Fact]
    public async Task A_new_store_has_no_sessions_and_no_heartbeats()
    {
        var store = await OpenAsync();

        (await store.SessionsAsync(10, None)).ShouldBeEmpty();
        (await store.LatestSessionAsync("paper:main", None)).ShouldBeNull();
        (await store.SessionAsync("s-1", None)).ShouldBeNull();
        (await store.HeartbeatsAsync(None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_session_reads_back_exactly_after_a_restart_and_saving_it_again_replaces_it()
    {
        var store = await OpenAsync();
        var started = Session("s-1", "paper:main", T0);
        await store.SaveSessionAsync(started, None);
        var stopped = started with
        {
            Mode = AgentMode.Live, Status = AgentSessionStatus.Finished, Restarts = 3, SlicesDone = 12_345_678_901L,
            LastSliceTime = T0.AddDays(2).AddTicks(3), FinishedAt = T0.AddDays(2).AddTicks(4), Markets = ["KRX"],
        };

        (await store.SessionAsync("s-1", None)).ShouldMatch(started);
        await store.SaveSessionAsync(stopped, None);

        var reopened = await OpenAsync();
        (await reopened.SessionAsync("s-1", None)).ShouldMatch(stopped);
        (await reopened.SessionsAsync(10, None)).ShouldHaveSingleItem().ShouldMatch(stopped);
    }

    [Fact]
    public async Task The_latest_session_of_an_account_is_the_newest_started_whatever_the_order_they_were_saved_in()
    {
        var store = await OpenAsync();
        await store.SaveSessionAsync(Session("s-2", "paper:main", T0.AddDays(1)), None);
        await store.SaveSessionAsync(Session("s-3", "paper:main", T0.AddTicks(1)), None);
        await store.SaveSessionAsync(Session("s-1", "paper:main", T0), None);
        await store.SaveSessionAsync(Session("s-other", "live:main", T0.AddDays(5)), None);

        (await store.LatestSessionAsync("paper:main", None)).ShouldNotBeNull().SessionId.ShouldBe("s-2");
        (await store.LatestSessionAsync("live:main", None)).ShouldNotBeNull().SessionId.ShouldBe("s-other");
        (await store.LatestSessionAsync("paper:other", None)).ShouldBeNull();
    }

    [Fact]
    public async Task Sessions_are_listed_newest_first_up_to_the_limit()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 5; i++) await store.SaveSessionAsync(Session($"s-{i}", i % 2 == 0 ? "a" : "b", T0.AddHours(i)), None);

        (await store.SessionsAsync(3, None)).Select(s => s.SessionId).ShouldBe(["s-4", "s-3", "s-2"]);
        (await store.SessionsAsync(10, None)).Count.ShouldBe(5);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.SessionsAsync(0, None));
    }

    [Fact]
    public async Task A_free_account_is_granted_and_a_second_session_is_refused_while_the_lease_has_not_expired()
    {
        var store = await OpenAsync();
        var first = Lease("paper:main", "s-1", T0, Minute);

        var granted = await store.TryAcquireLeaseAsync(first, None);
        var refused = await store.TryAcquireLeaseAsync(Lease("paper:main", "s-2", T0.AddSeconds(59), Minute, processId: 7), None);

        granted.ShouldBe(new LeaseGrant(true, first));
        refused.ShouldBe(new LeaseGrant(false, first));
        (await store.TryAcquireLeaseAsync(Lease("paper:other", "s-2", T0, Minute), None)).Granted.ShouldBeTrue(); // another account is another lease
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_its_old_holder_can_then_neither_renew_nor_release_it()
    {
        var store = await OpenAsync();
        await store.TryAcquireLeaseAsync(Lease("paper:main", "s-1", T0, Minute), None);
        var takeover = Lease("paper:main", "s-2", T0 + Minute, Minute); // expiry is exclusive: at expires_at the lease is free

        (await store.TryAcquireLeaseAsync(takeover, None)).ShouldBe(new LeaseGrant(true, takeover));
        (await store.RenewLeaseAsync(Lease("paper:main", "s-1", T0, 2 * Minute), None)).ShouldBeFalse();
        await store.ReleaseLeaseAsync("paper:main", "s-1", None);

        var reopened = await OpenAsync();
        (await reopened.TryAcquireLeaseAsync(Lease("paper:main", "s-1", T0 + Minute, Minute), None)).ShouldBe(new LeaseGrant(false, takeover));
    }

    [Fact]
    public async Task The_same_session_is_granted_again_while_its_lease_is_unexpired_as_after_a_restart()
    {
        var store = await OpenAsync();
        await store.TryAcquireLeaseAsync(Lease("paper:main", "s-1", T0, Minute, processId: 1), None);
        var restarted = Lease("paper:main", "s-1", T0.AddSeconds(5), Minute, processId: 2);

        (await store.TryAcquireLeaseAsync(restarted, None)).ShouldBe(new LeaseGrant(true, restarted));
        (await store.TryAcquireLeaseAsync(Lease("paper:main", "s-2", T0.AddSeconds(6), Minute), None)).Holder.ShouldBe(restarted);
    }

    [Fact]
    public async Task Renewing_extends_the_lease_so_a_rival_is_refused_until_the_new_expiry()
    {
        var store = await OpenAsync();
        await store.TryAcquireLeaseAsync(Lease("paper:main", "s-1", T0, Minute), None);

        (await store.RenewLeaseAsync(Lease("paper:main", "s-1", T0, 3 * Minute), None)).ShouldBeTrue();

        (await store.TryAcquireLeaseAsync(Lease("paper:main", "s-2", T0 + (2 * Minute), Minute), None)).Granted.ShouldBeFalse();
        (await store.TryAcquireLeaseAsync(Lease("paper:main", "s-2", T0 + (3 * Minute), Minute), None)).Granted.ShouldBeTrue();
        (await store.RenewLeaseAsync(Lease("paper:nobody", "s-1", T0, Minute), None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Only_the_owner_can_release_a_lease()
    {
        var store = await OpenAsync();
        var held = Lease("paper:main", "s-1", T0, Minute);
        await store.TryAcquireLeaseAsync(held, None);

        await store.ReleaseLeaseAsync("paper:main", "s-2", None);
        (await store.TryAcquireLeaseAsync(Lease("paper:main", "s-2", T0, Minute), None)).ShouldBe(new LeaseGrant(false, held));

        await store.ReleaseLeaseAsync("paper:main", "s-1", None);
        (await store.TryAcquireLeaseAsync(Lease("paper:main", "s-2", T0, Minute), None)).Granted.ShouldBeTrue();
    }

    [Fact]
    public async Task Of_many_sessions_racing_for_one_account_exactly_one_is_granted()
    {
        var store = await OpenAsync();

        var grants = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => store.TryAcquireLeaseAsync(Lease("paper:main", $"s-{i}", T0, Minute, processId: i), None))));

        var winner = grants.Where(g => g.Granted).ShouldHaveSingleItem().Holder.ShouldNotBeNull();
        grants.Where(g => !g.Granted).ShouldAllBe(g => g.Holder == winner);
    }

    [Fact]
    public async Task Heartbeats_are_listed_only_for_sessions_that_hold_a_lease_newest_first_and_a_new_one_replaces_the_old()
    {
        var store = await OpenAsync();
        await store.TryAcquireLeaseAsync(Lease("paper:a", "s-a", T0, Minute), None);
        await store.TryAcquireLeaseAsync(Lease("paper:b", "s-b", T0, Minute), None);
        await store.WriteHeartbeatAsync(Heartbeat("s-a", "paper:a", T0), None);
        await store.WriteHeartbeatAsync(Heartbeat("s-b", "paper:b", T0.AddSeconds(1)), None);
        await store.WriteHeartbeatAsync(Heartbeat("s-gone", "paper:c", T0.AddSeconds(2)), None);
        var latest = Heartbeat("s-a", "paper:a", T0.AddSeconds(3)) with { StatusJson = """{"state":"HALTED"}""", Markets = ["KRX", "NYSE"] };

        await store.WriteHeartbeatAsync(latest, None);
        var beats = await (await OpenAsync()).HeartbeatsAsync(None);

        beats.Select(h => h.SessionId).ShouldBe(["s-a", "s-b"]);
        beats[0].ShouldMatch(latest);
        await store.ReleaseLeaseAsync("paper:b", "s-b", None);
        (await store.HeartbeatsAsync(None)).ShouldHaveSingleItem().SessionId.ShouldBe("s-a");
    }
}
