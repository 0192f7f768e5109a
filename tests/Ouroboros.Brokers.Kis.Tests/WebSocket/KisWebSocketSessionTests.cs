using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Ports;
using Ouroboros.Fakes.Kis.WebSocket;

namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

/// <summary>The session against the loopback fake on real sockets: subscriptions, frames, notices, limits.</summary>
public sealed class KisWebSocketSessionTests
{
    private static readonly KisSubscription Samsung = KisSubscription.DomesticTrades("005930");
    private static readonly KisSubscription Apple = KisSubscription.OverseasTrades(KisExchange.Nasdaq, "aapl");

    [Fact]
    public async Task A_subscribed_domestic_code_s_trades_arrive_parsed()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        (await h.Session.SubscribeAsync(Samsung)).Value.ShouldBe(KisSubscribeOutcome.Subscribed);
        h.Fake.ActiveSubscriptions.ShouldBe([("H0STCNT0", "005930")]);

        (await h.Fake.PublishTradeAsync("H0STCNT0", "005930", KisFrames.Domestic(price: "72000", volume: "7"))).ShouldBe(1);

        var trade = await h.NextAsync<KisDomesticTrade>();
        (trade.Symbol, trade.Price, trade.Volume).ShouldBe(("005930", 72000m, 7m));
        h.Fake.Received[0].ShouldContain("\"custtype\":\"P\"");
        h.Fake.Received[0].ShouldContain("\"tr_type\":\"1\"");
    }

    [Fact]
    public async Task A_subscribed_overseas_symbol_s_trades_arrive_parsed_and_records_of_one_frame_arrive_in_order()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        (await h.Session.SubscribeAsync(Apple)).Value.ShouldBe(KisSubscribeOutcome.Subscribed);
        Apple.TrKey.ShouldBe("DNASAAPL");

        await h.Fake.PublishTradeAsync("HDFSCNT0", "DNASAAPL", KisFrames.Overseas(last: "212.3400"), KisFrames.Overseas(last: "212.3500"));

        (await h.NextAsync<KisOverseasTrade>()).Price.ShouldBe(212.34m);
        var second = await h.NextAsync<KisOverseasTrade>();
        (second.Price, second.Exchange).ShouldBe((212.35m, KisExchange.Nasdaq));
    }

    [Fact]
    public async Task Trades_of_codes_not_subscribed_are_not_pushed()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);
        (await h.Fake.PublishTradeAsync("H0STCNT0", "000660", KisFrames.Domestic("000660"))).ShouldBe(0);
    }

    [Fact]
    public async Task An_encrypted_execution_notice_is_decrypted_with_the_session_s_key_and_arrives_typed()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        var notices = KisSubscription.ExecutionNotices(KisEnvironment.Vts, "htsuser", overseas: false);
        notices.TrId.ShouldBe("H0STCNI9");
        (await h.Session.SubscribeAsync(notices)).IsSuccess.ShouldBeTrue();

        (await h.Fake.PublishNoticeAsync("H0STCNI9", "htsuser", KisFrames.DomesticNotice(quantity: "4", price: "71800"))).ShouldBe(1);

        var notice = await h.NextAsync<KisExecutionNotice>();
        (notice.Kind, notice.OrderNumber, notice.FilledQuantity, notice.FillPrice, notice.Symbol).ShouldBe((KisNoticeKind.Fill, "0000012345", 4m, (decimal?)71800m, "005930"));
    }

    [Fact]
    public async Task The_41st_subscription_is_refused_by_the_session_before_anything_is_sent()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        for (var i = 0; i < 40; i++)
            (await h.Session.SubscribeAsync(KisSubscription.DomesticTrades($"{i:000000}"))).IsSuccess.ShouldBeTrue();
        var sent = h.Fake.Received.Count;

        var refused = await h.Session.SubscribeAsync(KisSubscription.DomesticTrades("999999"));

        refused.Error!.Kind.ShouldBe(BrokerErrorKind.InvalidRequest);
        refused.Error.Message.ShouldContain("at most 40 subscriptions");
        h.Fake.Received.Count.ShouldBe(sent);
        h.Session.Subscriptions.Count.ShouldBe(40);
    }

    [Fact]
    public async Task A_second_session_on_the_same_app_key_is_refused_with_a_reason_that_names_the_other_session()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        (await h.Session.SubscribeAsync(Samsung)).IsSuccess.ShouldBeTrue();
        await using var second = h.NewSession(fixedKey: "approval-5");
        (await second.StartAsync()).IsSuccess.ShouldBeTrue();

        var refused = await second.SubscribeAsync(Samsung);

        refused.Error!.Kind.ShouldBe(BrokerErrorKind.Rejected);
        refused.Error.Message.ShouldContain("another session already uses this app key");
        refused.Error.Message.ShouldContain("OPSP8996");
        second.Subscriptions.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invalid_approval_key_is_fetched_again_once_and_the_subscription_goes_through()
    {
        await using var h = await (await KisStreamHarness.StartAsync(firstValidKey: 2)).ConnectedAsync();

        (await h.Session.SubscribeAsync(Samsung)).Value.ShouldBe(KisSubscribeOutcome.Subscribed);

        h.ApprovalFetches.ShouldBe(2);
        h.Fake.Received.Count(m => m.Contains("approval-1", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task An_approval_key_refused_twice_is_an_auth_error()
    {
        await using var h = await (await KisStreamHarness.StartAsync(firstValidKey: 9)).ConnectedAsync();
        var refused = await h.Session.SubscribeAsync(Samsung);
        (refused.Error!.Kind, h.ApprovalFetches).ShouldBe((BrokerErrorKind.Auth, 2));
        refused.Error.Message.ShouldNotContain("approval-");
    }

    [Fact]
    public async Task Subscribing_twice_is_fine_and_the_server_s_already_subscribed_answer_is_fine_too()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);
        (await h.Session.SubscribeAsync(Samsung)).Value.ShouldBe(KisSubscribeOutcome.AlreadySubscribed);
        var ack = KisControlMessage.TryParse(FakeKisWebSocketWire.Ack("H0STCNT0", "005930", "1", "OPSP0002", "ALREADY IN SUBSCRIBE"))!;
        KisAcknowledgement.Interpret(ack, Samsung, subscribe: true).Value.ShouldBe(KisSubscribeOutcome.AlreadySubscribed);
    }

    [Fact]
    public async Task An_unknown_TR_is_an_invalid_request_and_is_not_kept()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        var refused = await h.Session.SubscribeAsync(new KisSubscription("H9NOPE00", "005930"));
        (refused.Error!.Kind, refused.Error.Message.Contains("OPSP8991", StringComparison.Ordinal)).ShouldBe((BrokerErrorKind.InvalidRequest, true));
        h.Session.Subscriptions.ShouldBeEmpty();
    }

    [Fact]
    public async Task Unsubscribing_stops_the_feed()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);
        (await h.Session.UnsubscribeAsync(Samsung)).Value.ShouldBe(KisSubscribeOutcome.Unsubscribed);
        h.Fake.ActiveSubscriptions.ShouldBeEmpty();
        h.Fake.Received[^1].ShouldContain("\"tr_type\":\"2\"");
        (await h.Fake.PublishTradeAsync("H0STCNT0", "005930", KisFrames.Domestic())).ShouldBe(0);
    }

    [Fact]
    public async Task Malformed_frames_are_reported_and_the_session_goes_on()
    {
        await using var h = await (await KisStreamHarness.StartAsync()).ConnectedAsync();
        await h.Session.SubscribeAsync(Samsung);

        await h.Fake.InjectRawAsync("<html>gateway error</html>");
        await h.Fake.InjectRawAsync("0|H0STCNT0|001|005930^093012");
        await h.Fake.InjectRawAsync("{\"header\":");
        await h.Fake.PublishTradeAsync("H0STCNT0", "005930", KisFrames.Domestic(price: "72100"));

        (await h.NextAsync<KisStreamProblem>()).Message.ShouldContain("gateway error");
        (await h.NextAsync<KisStreamProblem>()).Message.ShouldContain("2 fields do not make 1 records of 46");
        (await h.NextAsync<KisStreamProblem>()).Message.ShouldContain("unreadable JSON");
        (await h.NextAsync<KisDomesticTrade>()).Price.ShouldBe(72100m);
        h.Session.State.ShouldBe(KisConnectionState.Connected);
        h.Fake.ConnectionsAccepted.ShouldBe(1);
    }
}
