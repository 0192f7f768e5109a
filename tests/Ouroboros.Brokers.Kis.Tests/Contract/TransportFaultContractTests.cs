using System.Globalization;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Tests.FakeServer;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>
/// Injected faults on queries (issue 11 item 10) through the real client: rate-limit answers are retried, everything
/// else is surfaced as an error of the right kind; a paged query that fails part-way is an error, never a short list.
/// </summary>
public sealed class TransportFaultContractTests
{
    private const string Price = "inquire-price";

    private static FakeKisHolding[] Holdings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new FakeKisHolding((100_000 + i).ToString("D6", CultureInfo.InvariantCulture), 1, 1_000m))];

    [Theory]
    [InlineData(FakeKisHost.Vts)]
    [InlineData(FakeKisHost.Real)]
    public async Task A_burst_of_429s_is_backed_off_and_the_quote_arrives(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        kis.Server.Inject(FakeKisFault.TooManyRequests(Price, times: 3));
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldSucceed().Price.ShouldBe(71_900m);
        kis.RequestsTo(Price).ShouldBe(4);
        kis.Server.PendingFaults.ShouldBe(0);
    }

    [Theory]
    [InlineData(FakeKisHost.Vts)]
    [InlineData(FakeKisHost.Real)]
    public async Task EGW00201_on_an_HTTP_500_is_retried_and_succeeds(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        kis.Server.Inject(FakeKisFault.RateLimited(Price, times: 2));
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldSucceed();
        kis.RequestsTo(Price).ShouldBe(3);
    }

    [Fact]
    public async Task EGW00201_that_never_ends_is_RateLimited_after_the_set_retries()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        kis.Server.Inject(FakeKisFault.RateLimited(Price, times: 50));
        var error = (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldFail(BrokerErrorKind.RateLimited);
        error.Message.ShouldNotContain("Exception");
        kis.RequestsTo(Price).ShouldBe(kis.Settings.MaxRateLimitRetries + 1);
    }

    [Fact]
    public async Task A_plain_500_is_a_network_error_without_a_retry()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        kis.Server.Inject(FakeKisFault.PlainServerError(Price));
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldFail(BrokerErrorKind.Network);
        kis.RequestsTo(Price).ShouldBe(1);
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldSucceed();
    }

    [Fact]
    public async Task Malformed_JSON_on_a_200_is_unknown_never_a_price()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        kis.Server.Inject(FakeKisFault.MalformedJson(Price));
        var error = (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldFail(BrokerErrorKind.Unknown);
        error.Message.ShouldNotContain("JsonException");
    }

    [Fact]
    public async Task A_slow_answer_past_the_timeout_is_a_network_error()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts, settings: new Ouroboros.Brokers.Kis.Common.KisClientSettings { RequestTimeout = TimeSpan.FromSeconds(30) });
        (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default), TimeSpan.FromSeconds(10))).ShouldSucceed();
        kis.Server.Inject(FakeKisFault.Slow(Price, TimeSpan.FromSeconds(2)));
        // The driver moves the shared clock to the request's deadline while the fake holds the answer back.
        var error = (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldFail(BrokerErrorKind.Network);
        error.Message.ShouldContain("no answer within 30 s");
    }

    [Theory]
    [InlineData(FakeKisHost.Vts, 45)]
    [InlineData(FakeKisHost.Real, 120)]
    public async Task A_balance_whose_second_page_fails_is_an_error_never_a_short_list(FakeKisHost host, int holdings)
    {
        await using var kis = await KisContractHost.StartAsync(host, holdings: Holdings(holdings));
        kis.Server.Inject(FakeKisFault.FailOnPage("inquire-balance", 2, FakeKisFaultKind.PlainServerError));
        var error = (await kis.DriveAsync(() => kis.Client.Domestic.GetBalanceAsync(default))).ShouldFail(BrokerErrorKind.Unknown);
        error.Message.ShouldContain("partial");
        (await kis.DriveAsync(() => kis.Client.Domestic.GetBalanceAsync(default))).ShouldSucceed().Holdings.Count.ShouldBe(holdings);
    }

    [Fact]
    public async Task A_rate_limited_second_page_is_retried_and_the_balance_is_whole()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts, holdings: Holdings(45));
        kis.Server.Inject(FakeKisFault.FailOnPage("inquire-balance", 2));
        (await kis.DriveAsync(() => kis.Client.Domestic.GetBalanceAsync(default))).ShouldSucceed().Holdings.Count.ShouldBe(45);
        kis.RequestsTo("inquire-balance").ShouldBe(4);
    }

    [Fact]
    public async Task The_days_orders_whose_second_page_fails_are_an_error_never_a_short_list()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        for (var i = 0; i < 16; i++)
        {
            var price = 70_000m - (i * 100);
            (await kis.DriveAsync(() => kis.Client.Domestic.PlaceOrderAsync(new DomesticOrderRequest("005930", OrderSide.Buy, 1, DomesticOrderType.Limit, price), default))).ShouldSucceed();
        }
        kis.Server.Inject(FakeKisFault.FailOnPage("inquire-daily-ccld", 2, FakeKisFaultKind.MalformedJson));
        var day = kis.KstToday;
        (await kis.DriveAsync(() => kis.Client.Domestic.GetOrdersAsync(new DomesticOrdersQuery(day, day), default))).ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain("partial");
        (await kis.DriveAsync(() => kis.Client.Domestic.GetOrdersAsync(new DomesticOrdersQuery(day, day), default))).ShouldSucceed().Count.ShouldBe(16);
    }

    [Theory]
    [InlineData(FakeKisHost.Vts)]
    [InlineData(FakeKisHost.Real)]
    public async Task An_expired_token_mid_session_is_replaced_and_the_query_retried_once(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var first = (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed();
        kis.Clock.Advance(TimeSpan.FromMinutes(5));
        kis.Server.ExpireTokens();
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldSucceed().Price.ShouldBe(71_900m);
        kis.RequestsTo(Price).ShouldBe(2);
        var key = kis.IsVts ? KisFakeHarness.VtsKey : KisFakeHarness.RealKey;
        kis.Server.TokensIssued(key).ShouldBe(2);
        (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed().Value.ShouldNotBe(first.Value);
        kis.Store.Tokens.Values.ShouldHaveSingleItem().Value.ShouldNotBe(first.Value);
    }

    [Fact]
    public async Task An_invalidated_token_is_replaced_even_within_the_issuance_minute()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        (await kis.DriveAsync(() => kis.Client.Auth.GetTokenAsync(default))).ShouldSucceed();
        kis.Server.InvalidateTokens();
        // The host refuses a second issuance within 60 s (EGW00133): the client waits the minute, never loops.
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldSucceed();
        kis.Server.TokenRequestsThrottled(KisFakeHarness.VtsKey).ShouldBeLessThanOrEqualTo(1);
        kis.Server.TokensIssued(KisFakeHarness.VtsKey).ShouldBe(2);
    }
}
