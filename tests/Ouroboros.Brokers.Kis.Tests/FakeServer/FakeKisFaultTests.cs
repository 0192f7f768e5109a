using System.Net;
using System.Text.Json;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 11 of the brief: every scripted fault, one test each.</summary>
public sealed class FakeKisFaultTests
{
    private const string Price = "/uapi/domestic-stock/v1/quotations/inquire-price";
    private const string Balance = "/uapi/domestic-stock/v1/trading/inquire-balance";
    private static readonly Dictionary<string, string> Samsung = new() { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930" };

    private static async Task<KisFakeHarness> StartAsync(IEnumerable<FakeKisHolding>? holdings = null)
    {
        var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real, holdings: holdings);
        kis.Server.SetPrice("005930", 71_900m);
        return kis;
    }

    [Fact]
    public async Task A_burst_of_429s_answers_the_next_matching_calls_then_the_fake_recovers()
    {
        await using var kis = await StartAsync();
        kis.Server.Inject(FakeKisFault.TooManyRequests("inquire-price", times: 2));
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).Status.ShouldBe(HttpStatusCode.TooManyRequests);
        var second = await kis.GetAsync(Price, "FHKST01010100", Samsung);
        second.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        second.MsgCd.ShouldBe("EGW00201");
        kis.Server.PendingFaults.ShouldBe(0);
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).Status.ShouldBe(HttpStatusCode.OK);
        kis.Server.Requests.Count(r => r.Fault == nameof(FakeKisFaultKind.TooManyRequests)).ShouldBe(2);
    }

    [Fact]
    public async Task A_burst_of_500s_with_the_EGW00201_body_does_not_count_as_limiter_refusals()
    {
        await using var kis = await StartAsync();
        kis.Server.Inject(FakeKisFault.RateLimited("inquire-price", times: 3));
        for (var i = 0; i < 3; i++)
        {
            var answer = await kis.GetAsync(Price, "FHKST01010100", Samsung);
            answer.Status.ShouldBe(HttpStatusCode.InternalServerError);
            answer.MsgCd.ShouldBe("EGW00201");
        }
        kis.Server.RateLimitRejections.ShouldBe(0);
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
    }

    [Fact]
    public async Task A_plain_500_has_a_body_that_is_not_JSON()
    {
        await using var kis = await StartAsync();
        kis.Server.Inject(FakeKisFault.PlainServerError("inquire-price"));
        using var response = await kis.Http.GetAsync(Price);
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync();
        Should.Throw<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Malformed_JSON_comes_back_with_HTTP_200()
    {
        await using var kis = await StartAsync();
        kis.Server.Inject(FakeKisFault.MalformedJson("inquire-price"));
        using var response = await kis.Http.GetAsync(Price);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Should.Throw<JsonException>(async () => JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_delay_longer_than_the_clients_timeout_times_the_client_out_and_the_order_still_goes_through()
    {
        await using var kis = await StartAsync();
        kis.Server.Inject(FakeKisFault.Slow("order-cash", TimeSpan.FromMilliseconds(800)));
        kis.CallTimeout = TimeSpan.FromMilliseconds(200);
        await Should.ThrowAsync<TaskCanceledException>(() => kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (kis.Server.Orders.Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        kis.Server.Orders.ShouldHaveSingleItem().OrderNumber.ShouldNotBeNull();
    }

    [Fact]
    public async Task Page_two_of_a_paged_query_fails_while_pages_one_and_three_answer()
    {
        var holdings = Enumerable.Range(0, 120).Select(i => new FakeKisHolding((300_000 + i).ToString("D6", System.Globalization.CultureInfo.InvariantCulture), 1, 1_000m));
        await using var kis = await StartAsync(holdings);
        kis.Server.Inject(FakeKisFault.FailOnPage("inquire-balance", page: 2));
        var first = await kis.GetAsync(Balance, "TTTC8434R", kis.Account());
        first.TrCont.ShouldBe("M");
        var next = kis.Account(("CTX_AREA_FK100", first.Text("ctx_area_fk100")), ("CTX_AREA_NK100", first.Text("ctx_area_nk100")));
        var failed = await kis.GetAsync(Balance, "TTTC8434R", next, r => r.Headers.Add("tr_cont", "N"));
        failed.Status.ShouldBe(HttpStatusCode.InternalServerError);
        failed.MsgCd.ShouldBe("EGW00201");
        // Starting over, page 2 now answers: the fault was used up.
        var retried = await kis.GetAsync(Balance, "TTTC8434R", next, r => r.Headers.Add("tr_cont", "N"));
        retried.Rows("output1").ShouldBe(50);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_order_whose_answer_is_lost_is_placed_and_filled_all_the_same(bool abortConnection)
    {
        await using var kis = await StartAsync();
        kis.Server.Inject(FakeKisFault.AppliedButAnswerLost("order-cash", abortConnection));
        if (abortConnection)
        {
            await Should.ThrowAsync<HttpRequestException>(() => kis.OrderAsync(FakeKisSide.Buy, "005930", 2, 0, "01"));
        }
        else
        {
            var lost = await kis.OrderAsync(FakeKisSide.Buy, "005930", 2, 0, "01");
            lost.Status.ShouldBe(HttpStatusCode.InternalServerError);
            lost.Body.ValueKind.ShouldBe(JsonValueKind.String);
        }
        var order = kis.Server.Orders.ShouldHaveSingleItem();
        kis.Server.Order(order.OrderNumber!)!.Filled.ShouldBe(2);
        kis.Server.Holding(KisFakeHarness.RealCano, "005930").ShouldBe(2);
    }

    [Fact]
    public async Task Every_fill_raises_Executed_and_fill_before_ack_raises_it_before_the_answer_is_written()
    {
        await using var kis = await StartAsync();
        kis.Server.FillBeforeAck = true;
        kis.Server.FillInParts = 2;
        var answered = false;
        var seenBeforeAnswer = new List<bool>();
        kis.Server.Executed += (_, e) => seenBeforeAnswer.Add(!Volatile.Read(ref answered));
        var placed = await kis.OrderAsync(FakeKisSide.Buy, "005930", 4, 0, "01");
        Volatile.Write(ref answered, true);
        seenBeforeAnswer.ShouldBe([true]);
        kis.Server.SetPrice("005930", 72_000m);
        seenBeforeAnswer.ShouldBe([true, false]);
        var fills = kis.Server.Executions;
        fills.Select(f => (f.OrderNumber, f.Quantity, f.Price, f.RemainingQuantity))
            .ShouldBe([(placed.Field("output", "ODNO"), 2m, 71_900m, 2m), (placed.Field("output", "ODNO"), 2m, 72_000m, 0m)]);
    }
}
