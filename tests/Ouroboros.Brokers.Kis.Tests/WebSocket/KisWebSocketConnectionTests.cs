using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Ports;
using Ouroboros.Fakes.Kis.WebSocket;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

/// <summary>The session's connection: PINGPONG, reconnecting with re-subscription and a gap, refusals, closing.</summary>
public sealed class KisWebSocketConnectionTests
{
    private static readonly KisSubscription Samsung = KisSubscription.DomesticTrades("005930");
    private static readonly KisSubscription Notices = KisSubscription.ExecutionNotices(KisEnvironment.Vts, "htsuser", overseas: false);

    [Fact]
    public async Task Echoing_every_PINGPONG_keeps_the_one_session_open()
    {
        // A generous echo deadline: the test is about the echo, not about how fast a loaded machine sends it.
        var pinging = new FakeKisWebSocketOptions { PingInterval = TimeSpan.FromMilliseconds(100), PongTimeout = KisStreamHarness.Patience };
        await using var h = await (await KisStreamHarness.StartAsync(pinging)).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);

        // The fake counts only exact echoes, and closes a session whose echo does not come.
        await KisStreamHarness.EventuallyAsync(() => h.Fake.PongsReceived >= 4, "four PINGPONG echoes");

        h.Fake.ConnectionsAccepted.ShouldBe(1);
        h.Session.State.ShouldBe(KisConnectionState.Connected);
        (await h.Fake.PublishTradeAsync("H0STCNT0", "005930", KisFrames.Domestic())).ShouldBe(1);
        h.Seen.OfType<KisConnectionChanged>().ShouldAllBe(c => c.State == KisConnectionState.Connected);
    }

    [Fact]
    public async Task A_dropped_connection_is_reconnected_after_a_clock_driven_backoff_re_subscribed_and_the_gap_reported()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 7, 9, 0, 0, 0, TimeSpan.Zero));
        await using var h = await (await KisStreamHarness.StartAsync(clock: clock, tune: o => o with
        {
            InitialReconnectDelay = TimeSpan.FromSeconds(2),
            MaxReconnectDelay = TimeSpan.FromSeconds(30),
            ConnectTimeout = TimeSpan.FromHours(1),
            AcknowledgementTimeout = TimeSpan.FromHours(1),
        })).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);
        await h.Session.SubscribeAsync(Notices);

        h.Fake.DropConnections();
        var lost = await h.NextAsync<KisConnectionChanged>(c => c.State == KisConnectionState.Reconnecting);
        lost.ReceivedAt.ShouldBe(clock.GetUtcNow());
        h.Fake.ActiveSubscriptions.ShouldBeEmpty();

        // Nothing reconnects until the clock passes the backoff (at most the initial 2 s).
        await KisStreamHarness.EventuallyAsync(() => clock.PendingTimers > 0, "the backoff timer");
        h.Fake.ConnectionsAccepted.ShouldBe(1);
        clock.Advance(TimeSpan.FromSeconds(2));

        var gap = await h.NextAsync<KisStreamGap>();
        gap.DownSince.ShouldBe(lost.ReceivedAt);
        gap.Duration.ShouldBeGreaterThan(TimeSpan.Zero);
        gap.Duration.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        h.Fake.ConnectionsAccepted.ShouldBe(2);
        h.Fake.ActiveSubscriptions.ShouldBe([("H0STCNT0", "005930"), ("H0STCNI9", "htsuser")], ignoreOrder: true);

        // The new session's own AES key decrypts its notices, and trades flow again.
        await h.Fake.PublishNoticeAsync("H0STCNI9", "htsuser", KisFrames.DomesticNotice());
        await h.Fake.PublishTradeAsync("H0STCNT0", "005930", KisFrames.Domestic(price: "70000"));
        (await h.NextAsync<KisExecutionNotice>()).OrderNumber.ShouldBe("0000012345");
        (await h.NextAsync<KisDomesticTrade>()).Price.ShouldBe(70000m);
    }

    [Fact]
    public async Task Each_loss_is_reported_as_its_own_gap()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 7, 9, 0, 0, 0, TimeSpan.Zero));
        await using var h = await (await KisStreamHarness.StartAsync(clock: clock, tune: o => o with
        {
            ConnectTimeout = TimeSpan.FromHours(1),
            AcknowledgementTimeout = TimeSpan.FromHours(1),
        })).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);

        var gaps = new List<KisStreamGap>();
        for (var loss = 0; loss < 2; loss++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            h.Fake.DropConnections();
            var lost = await h.NextAsync<KisConnectionChanged>(c => c.State == KisConnectionState.Reconnecting);
            await KisStreamHarness.EventuallyAsync(() => clock.PendingTimers > 0, "the backoff timer");
            clock.Advance(TimeSpan.FromSeconds(1));
            var gap = await h.NextAsync<KisStreamGap>();
            gap.DownSince.ShouldBe(lost.ReceivedAt);
            gaps.Add(gap);
        }

        (gaps[1].DownSince - gaps[0].RestoredAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(10));
        h.Fake.ConnectionsAccepted.ShouldBe(3);
    }

    [Fact]
    public async Task A_refused_first_connection_is_an_error_value_and_the_session_keeps_trying_until_it_gets_in()
    {
        await using var h = await KisStreamHarness.StartAsync();
        h.Fake.RefuseConnections = true;

        var first = await h.Session.StartAsync();

        first.Error!.Kind.ShouldBe(BrokerErrorKind.Network);
        first.Error.Message.ShouldContain("could not open the KIS WebSocket");
        (await h.Session.SubscribeAsync(Samsung)).Value.ShouldBe(KisSubscribeOutcome.Queued);
        await h.NextAsync<KisConnectionChanged>(c => c.State == KisConnectionState.Reconnecting);

        h.Fake.RefuseConnections = false;
        await h.NextAsync<KisConnectionChanged>(c => c.State == KisConnectionState.Connected);
        await KisStreamHarness.EventuallyAsync(() => h.Fake.ActiveSubscriptions.Count == 1, "the queued subscription reaching the server");
        h.Seen.OfType<KisStreamGap>().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_session_that_may_not_retry_goes_down_with_the_reason()
    {
        await using var h = await KisStreamHarness.StartAsync(tune: o => o with { MaxReconnectAttempts = 2 });
        h.Fake.RefuseConnections = true;
        (await h.Session.StartAsync()).IsSuccess.ShouldBeFalse();
        var down = await h.NextAsync<KisConnectionChanged>(c => c.State == KisConnectionState.Down);
        down.Reason.ShouldContain("gave up after 2 failed connection attempts");
        h.Fake.ConnectionsAccepted.ShouldBe(0);
    }

    [Fact]
    public async Task Closing_the_session_sends_a_close_frame_reports_down_and_completes_the_events()
    {
        var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);

        await h.Session.DisposeAsync();

        await KisStreamHarness.EventuallyAsync(() => h.Fake.OpenSessions == 0, "the fake seeing the session close");
        var rest = new List<KisStreamEvent>();
        await foreach (var e in h.Session.Events.ReadAllAsync()) rest.Add(e);
        rest.OfType<KisConnectionChanged>().Select(c => c.State).ShouldBe([KisConnectionState.Down]);
        h.Session.State.ShouldBe(KisConnectionState.Down);
        await h.Fake.DisposeAsync();
    }

    [Fact]
    public async Task The_fake_closes_a_session_that_does_not_echo_PINGPONG()
    {
        await using var fake = await FakeKisWebSocketServer.StartAsync(new FakeKisWebSocketOptions { PingInterval = TimeSpan.FromMilliseconds(100), PongTimeout = TimeSpan.FromMilliseconds(300) });
        using var silent = new System.Net.WebSockets.ClientWebSocket();
        await silent.ConnectAsync(new Uri(fake.Url + "/tryitout"), CancellationToken.None);
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(KisStreamHarness.Patience);

        var first = await silent.ReceiveAsync(buffer, timeout.Token);
        System.Text.Encoding.UTF8.GetString(buffer, 0, first.Count).ShouldContain("\"tr_id\":\"PINGPONG\"");
        var next = await silent.ReceiveAsync(buffer, timeout.Token);

        next.MessageType.ShouldBe(System.Net.WebSockets.WebSocketMessageType.Close);
        next.CloseStatusDescription.ShouldBe("PINGPONG not answered");
        fake.PongsReceived.ShouldBe(0);
    }

    [Theory]
    [InlineData("ws://ops.koreainvestment.com:21000", "ws://ops.koreainvestment.com:21000/tryitout")]
    [InlineData("ws://127.0.0.1:5000/", "ws://127.0.0.1:5000/tryitout")]
    [InlineData("ws://127.0.0.1:5000/tryitout/H0STCNT0", "ws://127.0.0.1:5000/tryitout/H0STCNT0")]
    public void The_official_tryitout_path_is_appended_only_to_a_url_without_a_path(string url, string endpoint) =>
        new KisWebSocketSessionOptions { Url = url }.Endpoint().ToString().ShouldBe(endpoint);

    [Fact]
    public void The_session_url_comes_from_the_kis_options() =>
        KisWebSocketSessionOptions.From(new KisOptions { Environment = KisEnvironment.Vts, AppKey = "k", AppSecret = "s", AccountNumber = "50123456" })
            .Url.ShouldBe(KisOptions.VtsWebSocketUrl);
}
