using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using static Ouroboros.Brokers.Kis.Tests.Http.ScriptedKisHandler;

namespace Ouroboros.Brokers.Kis.Tests.Overseas;

public sealed class KisOverseasBarsTests
{
    private const string DailyPrice = "/uapi/overseas-price/v1/quotations/dailyprice";

    private static string Bars(DateOnly newest, int count) =>
        $$"""
        {"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.","output1":{"rsym":"DNASAAPL","zdiv":"4","nrec":"{{count}}"},
         "output2":[{{string.Join(",", Enumerable.Range(0, count).Select(i =>
             $$"""{"xymd":"{{newest.AddDays(-i):yyyyMMdd}}","clos":"151.2500","sign":"2","diff":"1.2500","rate":"0.83","open":"150.0000","high":"152.0000","low":"149.5000","tvol":"20111000","tamt":"3041788750"}"""))}}]}
        """;

    [Fact]
    public async Task More_than_100_bars_take_a_next_call_with_tr_cont_n_from_the_day_before_the_oldest()
    {
        using var host = new KisTestHost();
        var to = new DateOnly(2026, 7, 9);
        host.Handler.On(DailyPrice, Ok(Bars(to, 100), "M"), Ok(Bars(to.AddDays(-100), 20), "D"));

        var bars = (await host.Client.Overseas.GetDailyBarsAsync(KisExchange.Nasdaq, "AAPL", to.AddDays(-200), to, CancellationToken.None)).ShouldSucceed();

        bars.Count.ShouldBe(120);
        bars[^1].Close.ShouldBe(151.25m);
        bars[0].Date.ShouldBe(to.AddDays(-119));
        var seen = host.Handler.Uapi("dailyprice");
        seen[0].Query["EXCD"].ShouldBe("NAS");
        seen[0].Query["MODP"].ShouldBe("1");
        seen.Select(s => s.Header("tr_cont")).ShouldBe(["", "N"]);
        seen[1].Query["BYMD"].ShouldBe(to.AddDays(-100).ToString("yyyyMMdd"));
    }

    [Fact]
    public async Task A_second_bar_call_that_fails_makes_the_whole_range_unknown()
    {
        using var host = new KisTestHost();
        var to = new DateOnly(2026, 7, 9);
        host.Handler.On(DailyPrice, Ok(Bars(to, 100), "M"), Gateway("EGW00002", "서버 에러"));

        var result = await host.Client.Overseas.GetDailyBarsAsync(KisExchange.Nasdaq, "AAPL", to.AddDays(-200), to, CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.Unknown).Message.ShouldStartWith("partial");
    }

    [Fact]
    public async Task The_krx_exchange_is_refused_by_the_overseas_api()
    {
        using var host = new KisTestHost();

        (await host.Client.Overseas.GetPriceAsync(KisExchange.Krx, "005930", CancellationToken.None)).ShouldFail(BrokerErrorKind.InvalidRequest);
        host.Handler.Requests.ShouldBeEmpty();
    }
}
