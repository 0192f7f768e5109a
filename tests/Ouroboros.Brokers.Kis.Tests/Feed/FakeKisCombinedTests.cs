using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Tests.Feed;

/// <summary>The combined fake: REST-issued approval keys open the WebSocket, prints are pushed as trades, fills as notices.</summary>
public sealed class FakeKisCombinedTests
{
    [Fact]
    public async Task A_print_moves_the_rest_price_and_volume_and_reaches_websocket_subscribers()
    {
        await using var h = await KisFeedHarness.StartAsync();
        await using var session = await ConnectedSessionAsync(h);
        (await session.SubscribeAsync(KisSubscription.DomesticTrades("005930"))).IsSuccess.ShouldBeTrue();

        (await h.Fake.TradeAsync("005930", 72_300m, 9m)).ShouldBe(1);

        var trade = await NextAsync<KisDomesticTrade>(h, session);
        (trade.Symbol, trade.Price, trade.Volume, trade.CumulativeVolume, trade.TradedAt).ShouldBe(("005930", 72_300m, 9m, 9m, KisFeedHarness.WholeSecond(h.Clock.GetUtcNow())));
        var quote = await h.DriveAsync(h.Client.Domestic.GetPriceAsync("005930", CancellationToken.None));
        (quote.Value!.Price, quote.Value.Volume).ShouldBe((72_300m, (decimal?)9m));
    }

    [Fact]
    public async Task Domestic_and_overseas_fills_are_pushed_as_decrypted_execution_notices_to_the_account_s_hts_id()
    {
        await using var h = await KisFeedHarness.StartAsync();
        h.Fake.Rest.EnforceSessionHours = false;
        h.Fake.SetHtsId(KisFeedHarness.Cano + "-01", "htsuser");
        await using var session = await ConnectedSessionAsync(h);
        (await session.SubscribeAsync(KisSubscription.ExecutionNotices(KisEnvironment.Real, "htsuser", overseas: false))).IsSuccess.ShouldBeTrue();
        (await session.SubscribeAsync(KisSubscription.ExecutionNotices(KisEnvironment.Real, "htsuser", overseas: true))).IsSuccess.ShouldBeTrue();

        var krx = await h.DriveAsync(h.Client.Domestic.PlaceOrderAsync(new DomesticOrderRequest("005930", OrderSide.Buy, 3, DomesticOrderType.Limit, 72_000m), CancellationToken.None));
        krx.Error.ShouldBeNull();
        var notice = await NextAsync<KisExecutionNotice>(h, session);
        (notice.Kind, notice.OrderNumber, notice.Side, notice.FilledQuantity, notice.FillPrice, notice.Symbol, notice.IsOverseas)
            .ShouldBe((KisNoticeKind.Fill, krx.Value!.OrderNumber, OrderSide.Buy, 3m, (decimal?)71_900m, "005930", false));

        var us = await h.DriveAsync(h.Client.Overseas.PlaceOrderAsync(new OverseasOrderRequest(KisExchange.Nasdaq, "AAPL", OrderSide.Buy, 2, 213m), CancellationToken.None));
        us.Error.ShouldBeNull();
        var overseas = await NextAsync<KisExecutionNotice>(h, session);
        (overseas.OrderNumber, overseas.FilledQuantity, overseas.FillPrice, overseas.Exchange, overseas.IsOverseas)
            .ShouldBe((us.Value!.OrderNumber, 2m, (decimal?)212.34m, KisExchange.Nasdaq, true));
        await h.Fake.NoticesSentAsync();
        h.Fake.NoticesSent.ShouldBe(2);
    }

    [Fact]
    public async Task A_fill_of_an_account_without_an_hts_id_sends_no_notice()
    {
        await using var h = await KisFeedHarness.StartAsync();
        h.Fake.Rest.EnforceSessionHours = false;

        (await h.DriveAsync(h.Client.Domestic.PlaceOrderAsync(new DomesticOrderRequest("005930", OrderSide.Buy, 1, DomesticOrderType.Limit, 72_000m), CancellationToken.None))).Error.ShouldBeNull();

        await h.Fake.NoticesSentAsync();
        h.Fake.Rest.Executions.ShouldHaveSingleItem();
        h.Fake.NoticesSent.ShouldBe(0);
    }

    /// <summary>A session of the test's own, keyed by the REST fake's approval key (the feed is not involved).</summary>
    private static async Task<KisWebSocketSession> ConnectedSessionAsync(KisFeedHarness h)
    {
        var session = new KisWebSocketSession(KisFeedHarness.SessionOptions(h.Fake.WebSocket.Url), h.Client.Auth.GetApprovalKeyAsync, h.Clock, NullLogger.Instance);
        (await h.DriveAsync(session.StartAsync())).Value.ShouldBe(KisConnectionState.Connected);
        return session;
    }

    private static async Task<T> NextAsync<T>(KisFeedHarness h, KisWebSocketSession session) where T : KisStreamEvent
    {
        using var timeout = new CancellationTokenSource(KisFeedHarness.Patience);
        var seen = new List<KisStreamEvent>();
        try
        {
            while (true)
            {
                var e = await session.Events.ReadAsync(timeout.Token);
                seen.Add(e);
                if (e is T typed) return typed;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no {typeof(T).Name} within {KisFeedHarness.Patience}; seen: {string.Join("; ", seen)}");
        }
    }
}
