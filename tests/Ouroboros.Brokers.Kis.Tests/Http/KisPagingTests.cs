using System.Net;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;
using static Ouroboros.Brokers.Kis.Tests.Http.ScriptedKisHandler;

namespace Ouroboros.Brokers.Kis.Tests.Http;

public sealed class KisPagingTests
{
    private const string Balance = "/uapi/domestic-stock/v1/trading/inquire-balance";

    [Fact]
    public async Task Pages_are_followed_while_tr_cont_says_more_echoing_the_continuation_keys()
    {
        using var host = new KisTestHost();
        host.Handler.On(Balance,
            Ok(KisBodies.BalancePage("005930", "FK1", "NK1  "), "M"),
            Ok(KisBodies.BalancePage("000660", "FK2", "NK2"), "F"),
            Ok(KisBodies.BalancePage("035420", "FK3", ""), "D"));

        var balance = (await host.Client.Domestic.GetBalanceAsync(CancellationToken.None)).ShouldSucceed();

        balance.Holdings.Select(h => h.Symbol).ShouldBe(["005930", "000660", "035420"]);
        balance.Summary!.Deposit.ShouldBe(9285000m);
        var seen = host.Handler.Uapi(Balance);
        seen.Select(s => s.Header("tr_cont")).ShouldBe(["", "N", "N"]);
        seen[0].Query["CTX_AREA_FK100"].ShouldBe("");
        seen[1].Query["CTX_AREA_FK100"].ShouldBe("FK1");
        seen[1].Query["CTX_AREA_NK100"].ShouldBe("NK1  ");
        seen[2].Query["CTX_AREA_NK100"].ShouldBe("NK2");
        seen.ShouldAllBe(s => s.Header("tr_id") == "VTTC8434R");
    }

    [Fact]
    public async Task A_query_that_fails_on_page_two_is_unknown_never_a_shorter_list()
    {
        using var host = new KisTestHost();
        host.Handler.On(Balance, Ok(KisBodies.BalancePage("005930", "FK1", "NK1"), "M"), Business("OPSQ2000", "INPUT INVALID_CHECK_ACNO"));

        var result = await host.Client.Domestic.GetBalanceAsync(CancellationToken.None);

        var error = result.ShouldFail(BrokerErrorKind.Unknown);
        error.Message.ShouldStartWith("partial: page 2 failed");
        error.Message.ShouldContain("OPSQ2000");
    }

    [Fact]
    public async Task A_failure_on_the_first_page_keeps_its_own_kind()
    {
        using var host = new KisTestHost();
        host.Handler.On(Balance, Business("OPSQ2000", "INPUT INVALID_CHECK_ACNO"));

        (await host.Client.Domestic.GetBalanceAsync(CancellationToken.None)).ShouldFail(BrokerErrorKind.Rejected);
    }

    [Fact]
    public async Task More_pages_than_the_cap_is_an_error_not_a_cut_list()
    {
        using var host = new KisTestHost(settings: new KisClientSettings { MaxPages = 2, RequestTimeout = TimeSpan.FromHours(1) });
        host.Handler.On(Balance, Ok(KisBodies.BalancePage("005930", "FK", "NK"), "M"));

        var result = await host.Client.Domestic.GetBalanceAsync(CancellationToken.None);

        result.ShouldFail(BrokerErrorKind.Unknown).Message.ShouldContain("more than 2 pages");
        host.Handler.Uapi(Balance).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_output_is_read_whether_it_comes_as_an_object_or_an_array(bool asObject)
    {
        using var host = new KisTestHost();
        host.Handler.On(Balance, Ok(KisBodies.BalancePage("005930", "", "", summaryAsObject: asObject), "D"));

        var balance = (await host.Client.Domestic.GetBalanceAsync(CancellationToken.None)).ShouldSucceed();

        balance.Summary!.TotalValuation.ShouldBe(10004000m);
        balance.Holdings.ShouldHaveSingleItem().AveragePrice.ShouldBe(71500m);
    }

    [Fact]
    public async Task Overseas_account_pages_echo_the_200_keys()
    {
        using var host = new KisTestHost(KisEnvironment.Real);
        const string path = "/uapi/overseas-stock/v1/trading/inquire-balance";
        host.Handler.On(path, Ok(KisBodies.OverseasBalance.Replace("\"ctx_area_fk200\":\"\"", "\"ctx_area_fk200\":\"K200\"", StringComparison.Ordinal), "M"),
            Ok(KisBodies.OverseasBalance, "E"));

        var balance = (await host.Client.Overseas.GetBalanceAsync(KisExchange.Nasdaq, CancellationToken.None)).ShouldSucceed();

        balance.Holdings.Count.ShouldBe(2);
        host.Handler.Uapi(path)[1].Query["CTX_AREA_FK200"].ShouldBe("K200");
        host.Handler.Uapi(path)[0].Query["OVRS_EXCG_CD"].ShouldBe("NASD");
        host.Handler.Uapi(path)[0].Query["TR_CRCY_CD"].ShouldBe("USD");
        host.Handler.Uapi(path)[0].Header("tr_id").ShouldBe("TTTS3012R");
    }
}
