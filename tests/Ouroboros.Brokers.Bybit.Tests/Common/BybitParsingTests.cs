using System.Text.Json;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Bybit.Tests.Common;

/// <summary>Rows of external-apis.md §1.6 read into records: strings to decimals, blanks to null, never zero.</summary>
public sealed class BybitParsingTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void A_kline_row_of_strings_becomes_a_candle_with_decimal_prices()
    {
        var k = BybitReaders.Kline(Json("""["1700006400000","37120.5","37190.0","37080.1","37150.2","812.341","30167520.33"]"""));

        (k.Start, k.Open, k.High, k.Low, k.Close, k.Volume, k.Turnover)
            .ShouldBe((DateTimeOffset.FromUnixTimeMilliseconds(1700006400000), 37120.5m, 37190.0m, 37080.1m, 37150.2m, 812.341m, 30167520.33m));
    }

    [Fact]
    public void Instrument_rules_carry_tick_step_minimum_and_leverage_range()
    {
        var i = BybitReaders.Instrument(Json("""
            { "symbol": "BTCUSDT", "status": "Trading", "leverageFilter": { "minLeverage": "1", "maxLeverage": "100.00", "leverageStep": "0.01" },
              "priceFilter": { "minPrice": "0.10", "maxPrice": "1999999.80", "tickSize": "0.10" },
              "lotSizeFilter": { "maxOrderQty": "1190.000", "maxMktOrderQty": "500.000", "minOrderQty": "0.001", "qtyStep": "0.001", "minNotionalValue": "5" } }
            """));

        (i.TickSize, i.QtyStep, i.MinOrderQty, i.MaxMarketOrderQty, i.MinNotionalValue, i.MaxLeverage).ShouldBe((0.10m, 0.001m, 0.001m, 500m, 5m, 100m));
        i.FloorToStep(0.12345m).ShouldBe(0.123m);
    }

    [Fact]
    public void A_flat_position_row_has_no_side_and_blank_prices_are_unknown_not_zero()
    {
        var p = BybitReaders.Position(Json("""{ "positionIdx": 0, "symbol": "BTCUSDT", "side": "", "size": "0", "avgPrice": "0", "liqPrice": "", "takeProfit": "", "stopLoss": "0", "leverage": "5" }"""));

        (p.Side, p.SignedSize, p.AveragePrice, p.LiquidationPrice, p.TakeProfit, p.StopLoss).ShouldBe(((OrderSide?)null, 0m, (decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null));
    }

    [Fact]
    public void A_short_position_has_a_negative_signed_size()
    {
        BybitReaders.Position(Json("""{ "positionIdx": 0, "symbol": "ETHUSDT", "side": "Sell", "size": "1.5", "avgPrice": "3000" }""")).SignedSize.ShouldBe(-1.5m);
    }

    [Fact]
    public void A_number_field_holding_text_is_a_broken_answer_not_a_zero()
    {
        Should.Throw<BybitFormatException>(() => BybitNumbers.Parse("abc", "qty")).Message.ShouldContain("qty");
        BybitNumbers.Parse("", "qty").ShouldBeNull();
        BybitNumbers.Format(0.00100m).ShouldBe("0.001");
    }

    [Fact]
    public void An_order_row_maps_Bybit_statuses_to_the_kernels()
    {
        var o = BybitReaders.Order(Json("""
            { "orderId": "1", "orderLinkId": "t-002", "symbol": "BTCUSDT", "price": "36000.00", "qty": "0.010", "side": "Buy", "orderStatus": "Deactivated",
              "avgPrice": "", "cumExecQty": "0.000", "orderType": "Limit", "reduceOnly": false, "takeProfit": "", "stopLoss": "" }
            """));

        (o.Ended, o.KernelStatus, o.AveragePrice).ShouldBe((true, OrderStatus.Cancelled, (decimal?)null));
    }
}
