using Ouroboros.Brokers.Kis.Tests.Http;

namespace Ouroboros.Brokers.Kis.Tests.Domestic;

public sealed class KisDomesticMinuteBarsTests
{
    private const string Path = "/uapi/domestic-stock/v1/quotations/inquire-time-itemchartprice";

    private static string Minutes(TimeOnly newest, int count) =>
        $$"""
        {"rt_cd":"0","msg_cd":"MCA00000","msg1":"정상처리 되었습니다.","output1":{"stck_prpr":"71900"},
         "output2":[{{string.Join(",", Enumerable.Range(0, count).Select(i =>
             $$"""{"stck_bsop_date":"20260709","stck_cntg_hour":"{{newest.AddMinutes(-i):HHmmss}}","stck_prpr":"71900","stck_oprc":"71800","stck_hgpr":"72000","stck_lwpr":"71700","cntg_vol":"1200","acml_tr_pbmn":"0"}"""))}}]}
        """;

    [Fact]
    public async Task Minute_bars_are_paged_back_in_time_thirty_at_a_time()
    {
        using var host = new KisTestHost();
        host.Handler.On(Path, Minutes(new TimeOnly(10, 0), 30), Minutes(new TimeOnly(9, 30), 30), Minutes(new TimeOnly(9, 0), 1));

        var bars = (await host.Client.Domestic.GetMinuteBarsAsync("005930", new TimeOnly(9, 0), new TimeOnly(10, 0), CancellationToken.None)).ShouldSucceed();

        bars.Count.ShouldBe(61);
        bars[0].Time.ShouldBe(new TimeOnly(9, 0));
        bars[^1].Time.ShouldBe(new TimeOnly(10, 0));
        bars[^1].Close.ShouldBe(71900m);
        bars[^1].Volume.ShouldBe(1200m);
        host.Handler.Uapi("inquire-time-itemchartprice").Select(s => s.Query["FID_INPUT_HOUR_1"]).ShouldBe(["100000", "093000", "090000"]);
    }
}
