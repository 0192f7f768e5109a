using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 10 of the brief: every request and every order is recorded, secrets left out.</summary>
public sealed class FakeKisRecordTests
{
    [Fact]
    public async Task Requests_are_recorded_with_their_TR_and_body_but_without_secrets()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        kis.Server.SetPrice("005930", 71_900m);
        (await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m)).RtCd.ShouldBe("0");
        var requests = kis.Server.Requests;
        requests.Count.ShouldBe(2);
        requests[0].Path.ShouldBe("/oauth2/tokenP");
        requests[0].Body.ShouldContain("\"appsecret\":\"***\"");
        requests[1].TrId.ShouldBe("VTTC0012U");
        requests[1].Body.ShouldContain("\"PDNO\":\"005930\"");
        requests[1].Headers["appkey"].ShouldBe(KisFakeHarness.VtsKey);
        foreach (var r in requests)
        {
            r.Headers.Keys.ShouldNotContain(k => k.Equals("appsecret", StringComparison.OrdinalIgnoreCase));
            r.Headers.Keys.ShouldNotContain(k => k.Equals("authorization", StringComparison.OrdinalIgnoreCase));
            r.Body.ShouldNotContain(KisFakeHarness.VtsSecret);
            r.Body.ShouldNotContain(kis.Token);
        }
    }

    [Fact]
    public async Task Every_order_is_recorded_once_with_its_number_and_rejections_with_their_code()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var placed = await kis.OrderAsync(FakeKisSide.Buy, "005930", 1, 71_900m);
        (await kis.OrderAsync(FakeKisSide.Sell, "005930", 5, 71_900m)).RtCd.ShouldBe("1");
        var orders = kis.Server.Orders;
        orders.Count.ShouldBe(2);
        orders[0].OrderNumber.ShouldBe(placed.Field("output", "ODNO"));
        orders[0].Symbol.ShouldBe("005930");
        orders[0].Quantity.ShouldBe(1);
        orders[0].Price.ShouldBe(71_900m);
        orders[1].OrderNumber.ShouldBeNull();
        orders[1].RejectCode.ShouldBe("APBK1234");
        orders.Where(o => o.OrderNumber is not null).Select(o => o.OrderNumber).ShouldBeUnique();
    }
}
