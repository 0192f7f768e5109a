using Ouroboros.Fakes.Bybit;

namespace Ouroboros.Brokers.Bybit.Tests.Http;

/// <summary>The public endpoints through the client: no key needed, numbers as decimals, lists oldest first.</summary>
public sealed class BybitMarketDataTests
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 9, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Klines_come_back_oldest_first_within_the_asked_window_without_a_key()
    {
        await using var rig = await BybitRig.StartAsync();
        rig.Server.AddKlines("BTCUSDT", "60", Enumerable.Range(0, 5).Select(i => new FakeBybitKline(T0.AddHours(i), 100 + i, 101 + i, 99 + i, 100.5m + i, 10)));

        var klines = (await rig.NewClient(key: "", secret: "").GetKlinesAsync("BTCUSDT", "60", T0.AddHours(1), T0.AddHours(3))).Value!;

        klines.Select(k => k.Start).ShouldBe([T0.AddHours(1), T0.AddHours(2), T0.AddHours(3)]);
        klines[0].Close.ShouldBe(101.5m);
        klines[0].Turnover.ShouldBe(1015m);
    }

    [Fact]
    public async Task Instrument_rules_ticker_and_funding_history_are_read()
    {
        await using var rig = await BybitRig.StartAsync();
        rig.Server.DefineInstrument(new FakeBybitInstrument("ETHUSDT", TickSize: 0.01m, QtyStep: 0.01m, MinOrderQty: 0.01m, MaxLeverage: 50m));
        rig.Server.SetPrice("ETHUSDT", 3_000m);
        rig.Server.AddFundingRates("ETHUSDT", [(T0, 0.0001m), (T0.AddHours(8), -0.00005m)]);
        var client = rig.NewClient();

        var eth = (await client.GetInstrumentsAsync("ETHUSDT")).Value!.ShouldHaveSingleItem();
        (eth.TickSize, eth.QtyStep, eth.MaxLeverage).ShouldBe((0.01m, 0.01m, 50m));
        (await client.GetTickerAsync("ETHUSDT")).Value!.LastPrice.ShouldBe(3_000m);
        (await client.GetFundingHistoryAsync("ETHUSDT")).Value!.Select(f => f.Rate).ShouldBe([0.0001m, -0.00005m]);
    }
}
