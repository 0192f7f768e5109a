using System.Net;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>§9 point 4: a sliding one-second window per app key on the fake's clock.</summary>
public sealed class FakeKisRateLimitTests
{
    private const string Price = "/uapi/domestic-stock/v1/quotations/inquire-price";
    private static readonly Dictionary<string, string> Samsung = new() { ["FID_COND_MRKT_DIV_CODE"] = "J", ["FID_INPUT_ISCD"] = "005930" };

    [Fact]
    public async Task VTS_admits_two_calls_a_second_and_answers_the_third_with_HTTP_500_EGW00201()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        kis.Server.SetPrice("005930", 71_900m);
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        var third = await kis.GetAsync(Price, "FHKST01010100", Samsung);
        third.Status.ShouldBe(HttpStatusCode.InternalServerError);
        third.MsgCd.ShouldBe("EGW00201");
        third.Msg1.ShouldBe("초당 거래건수를 초과하였습니다.");
        kis.Server.RateLimitRejections.ShouldBe(1);
        kis.Server.RateLimitRejectionsFor(KisFakeHarness.VtsKey).ShouldBe(1);

        kis.Clock.Advance(TimeSpan.FromMilliseconds(999));
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).MsgCd.ShouldBe("EGW00201");
        kis.Clock.Advance(TimeSpan.FromMilliseconds(1));
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        kis.Server.RateLimitRejections.ShouldBe(2);
    }

    [Fact]
    public async Task The_real_host_admits_twenty_a_second_by_default_and_the_limit_can_be_changed()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        for (var i = 0; i < 20; i++)
            (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).MsgCd.ShouldBe("EGW00201");

        kis.Clock.Advance(TimeSpan.FromSeconds(1));
        kis.Server.RealRequestsPerSecond = 3;
        for (var i = 0; i < 3; i++)
            (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).MsgCd.ShouldBe("EGW00201");
        kis.Server.RateLimitRejections.ShouldBe(2);
    }

    [Fact]
    public async Task The_window_slides_rather_than_resetting_on_whole_seconds()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Vts);
        kis.Server.SetPrice("005930", 71_900m);
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        kis.Clock.Advance(TimeSpan.FromMilliseconds(600));
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        kis.Clock.Advance(TimeSpan.FromMilliseconds(600));
        // 1.2 s after the first call, 0.6 s after the second: one slot is free again, not two.
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).RtCd.ShouldBe("0");
        (await kis.GetAsync(Price, "FHKST01010100", Samsung)).MsgCd.ShouldBe("EGW00201");
    }

    [Fact]
    public async Task Concurrent_calls_in_one_instant_are_admitted_up_to_the_limit_and_no_further()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.SetPrice("005930", 71_900m);
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => kis.GetAsync(Price, "FHKST01010100", Samsung)));
        answers.Count(a => a.RtCd == "0").ShouldBe(20);
        answers.Count(a => a.MsgCd == "EGW00201" && a.Status == HttpStatusCode.InternalServerError).ShouldBe(10);
        kis.Server.RateLimitRejectionsFor(KisFakeHarness.RealKey).ShouldBe(10);
    }
}
