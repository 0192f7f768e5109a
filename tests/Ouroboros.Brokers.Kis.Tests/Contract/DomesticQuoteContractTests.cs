using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>kis-openapi.md §5.1–§5.3, §5.8–§5.9 through the real client against the fake: quotes, bars, rankings, holidays.</summary>
public sealed class DomesticQuoteContractTests
{
    private static readonly DateOnly Today = new(2026, 7, 9);

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_price_carries_the_band_and_tick_of_the_base_price(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var quote = (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("005930", default))).ShouldSucceed();
        quote.Symbol.ShouldBe("005930");
        quote.Price.ShouldBe(71_900m);
        quote.BasePrice.ShouldBe(71_900m);
        quote.UpperLimit.ShouldBe(93_400m);
        quote.LowerLimit.ShouldBe(50_400m);
        quote.TickSize.ShouldBe(100m);
        quote.Status.IsHalted.ShouldBeFalse();
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task An_unknown_symbol_is_a_rejection_never_a_quote_of_zeros(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        (await kis.DriveAsync(() => kis.Client.Domestic.GetPriceAsync("999999", default))).ShouldFail(BrokerErrorKind.Rejected);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task The_order_book_has_ten_levels_a_side_around_the_price(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var book = (await kis.DriveAsync(() => kis.Client.Domestic.GetOrderBookAsync("005930", default))).ShouldSucceed();
        book.Asks.Count.ShouldBe(10);
        book.Bids.Count.ShouldBe(10);
        book.Asks[0].Price.ShouldBeGreaterThan(book.Bids[0].Price);
        book.Asks.Select(a => a.Price).ShouldBe(book.Asks.Select(a => a.Price).Order());
        book.Bids.Select(b => b.Price).ShouldBe(book.Bids.Select(b => b.Price).OrderDescending());
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task More_than_a_hundred_daily_bars_come_back_whole_by_moving_the_window(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var start = new DateTime(2025, 12, 1);
        kis.Server.AddDailyBars("005930", Enumerable.Range(0, 180).Select(i => new FakeKisBar(start.AddDays(i), 70_000, 71_000, 69_000, 70_000 + (i * 100), 1_000 + i)));
        var bars = (await kis.DriveAsync(() => kis.Client.Domestic.GetDailyBarsAsync("005930", new DateOnly(2025, 12, 1), Today.AddDays(-1), default))).ShouldSucceed();
        bars.Count.ShouldBe(180);
        bars.Select(b => b.Date).ShouldBe(Enumerable.Range(0, 180).Select(i => new DateOnly(2025, 12, 1).AddDays(i)));
        bars[^1].Close.ShouldBe(70_000m + (179 * 100));
        bars[^1].Volume.ShouldBe(1_179m);
        kis.RequestsTo("inquire-daily-itemchartprice").ShouldBe(2);
    }

    [Theory]
    [InlineData(FakeKisHost.Real)]
    [InlineData(FakeKisHost.Vts)]
    public async Task Minute_bars_page_back_thirty_at_a_time_with_their_fields_intact(FakeKisHost host)
    {
        await using var kis = await KisContractHost.StartAsync(host);
        var open = new DateTime(2026, 7, 9, 9, 0, 0);
        kis.Server.AddMinuteBars("005930", Enumerable.Range(0, 61).Select(i => new FakeKisBar(open.AddMinutes(i), 71_000 + i, 71_500 + i, 70_500 + i, 71_100 + i, 10 + i)));
        var bars = (await kis.DriveAsync(() => kis.Client.Domestic.GetMinuteBarsAsync("005930", new TimeOnly(9, 0), new TimeOnly(10, 0), default))).ShouldSucceed();
        bars.Count.ShouldBe(61);
        bars.Select(b => b.Time).ShouldBe(Enumerable.Range(0, 61).Select(i => new TimeOnly(9, 0).AddMinutes(i)));
        bars.ShouldAllBe(b => b.Date == Today);
        var last = bars[^1];
        (last.Open, last.High, last.Low, last.Close).ShouldBe((71_060m, 71_560m, 70_560m, 71_160m));
        last.Volume.ShouldBe(70m);
        kis.RequestsTo("inquire-time-itemchartprice").ShouldBe(3);
    }

    [Fact]
    public async Task Rankings_answer_on_the_real_host()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Real);
        kis.Server.DefineSymbol("000660", "SK하이닉스");
        kis.Server.SetBasePrice("000660", 200_000m);
        kis.Server.SetPrice("000660", 210_000m);
        var volume = (await kis.DriveAsync(() => kis.Client.Domestic.GetVolumeRankingAsync(default))).ShouldSucceed();
        volume.Select(r => r.Symbol).ShouldContain("005930");
        volume.Count.ShouldBeLessThanOrEqualTo(30);
        var rise = (await kis.DriveAsync(() => kis.Client.Domestic.GetFluctuationRankingAsync(default))).ShouldSucceed();
        rise[0].Symbol.ShouldBe("000660");
        rise[0].Rank.ShouldBe(1);
        rise[0].Price.ShouldBe(210_000m);
    }

    [Fact]
    public async Task Rankings_and_the_holiday_check_are_refused_on_VTS_without_a_call()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Vts);
        (await kis.DriveAsync(() => kis.Client.Domestic.GetVolumeRankingAsync(default))).ShouldFail(BrokerErrorKind.InvalidRequest).Message.ShouldContain("paper host");
        (await kis.DriveAsync(() => kis.Client.Domestic.GetFluctuationRankingAsync(default))).ShouldFail(BrokerErrorKind.InvalidRequest);
        (await kis.DriveAsync(() => kis.Client.Domestic.GetDayAsync(Today, default))).ShouldFail(BrokerErrorKind.InvalidRequest);
        kis.Server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_holiday_check_is_asked_once_for_the_days_it_covers()
    {
        await using var kis = await KisContractHost.StartAsync(FakeKisHost.Real);
        kis.Server.AddHoliday(Today.AddDays(1));
        var today = (await kis.DriveAsync(() => kis.Client.Domestic.GetDayAsync(Today, default))).ShouldSucceed();
        today.IsOpen.ShouldBe(true);
        var holiday = (await kis.DriveAsync(() => kis.Client.Domestic.GetDayAsync(Today.AddDays(1), default))).ShouldSucceed();
        holiday.IsOpen.ShouldBe(false);
        var saturday = (await kis.DriveAsync(() => kis.Client.Domestic.GetDayAsync(new DateOnly(2026, 7, 11), default))).ShouldSucceed();
        saturday.IsBusinessDay.ShouldBe(false);
        kis.RequestsTo("chk-holiday").ShouldBe(1);
    }
}
