using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Tests.Instruments;

/// <summary>The KRX tick table of kis-openapi.md §8.2, checked on both sides of every step.</summary>
public sealed class KrxTickTableTests
{
    public static TheoryData<decimal, decimal> StockTicks => new()
    {
        { 1m, 1m },
        { 1_999m, 1m },
        { 1_999.99m, 1m },
        { 2_000m, 5m },
        { 4_995m, 5m },
        { 4_999.99m, 5m },
        { 5_000m, 10m },
        { 19_990m, 10m },
        { 19_999.99m, 10m },
        { 20_000m, 50m },
        { 49_950m, 50m },
        { 49_999.99m, 50m },
        { 50_000m, 100m },
        { 199_900m, 100m },
        { 199_999.99m, 100m },
        { 200_000m, 500m },
        { 499_500m, 500m },
        { 499_999.99m, 500m },
        { 500_000m, 1_000m },
        { 3_000_000m, 1_000m },
    };

    [Theory]
    [MemberData(nameof(StockTicks))]
    public void Stock_tick_follows_the_2023_table_on_both_sides_of_each_step(decimal price, decimal tick) =>
        KrxStockTickSize.Instance.TickAt(price).ShouldBe(tick);

    [Theory]
    [MemberData(nameof(StockTicks))]
    public void Etf_tick_is_five_won_at_every_price(decimal price, decimal _) =>
        KrxVenue.Etf("069500").TickSize.TickAt(price).ShouldBe(5m);

    [Fact]
    public void Krx_stocks_use_the_stock_table_and_etfs_the_fixed_five_won_tick()
    {
        KrxVenue.Stock("005930").TickSize.TickAt(70_000m).ShouldBe(100m);
        KrxVenue.Etf("069500").TickSize.TickAt(70_000m).ShouldBe(5m);
    }

    [Theory]
    [InlineData(1_999, 1_999)]
    [InlineData(2_001, 2_000)]
    [InlineData(2_004, 2_000)]
    [InlineData(5_009, 5_000)]
    [InlineData(20_049, 20_000)]
    [InlineData(50_099, 50_000)]
    [InlineData(200_499, 200_000)]
    [InlineData(500_999, 500_000)]
    public void Floor_rounds_down_to_the_tick_of_the_price(int price, int expected) =>
        KrxStockTickSize.Instance.Floor(price).ShouldBe(expected);

    [Theory]
    [InlineData(1_999.5, 2_000)]
    [InlineData(2_001, 2_005)]
    [InlineData(4_996, 5_000)]
    [InlineData(19_991, 20_000)]
    [InlineData(49_951, 50_000)]
    [InlineData(199_901, 200_000)]
    [InlineData(499_501, 500_000)]
    [InlineData(500_001, 501_000)]
    public void Ceiling_rounds_up_to_the_tick_of_the_price(double price, int expected) =>
        KrxStockTickSize.Instance.Ceiling((decimal)price).ShouldBe(expected);

    [Theory]
    [InlineData(2_002, 2_000)]
    [InlineData(2_003, 2_005)]
    [InlineData(2_002.5, 2_005)]
    [InlineData(70_049, 70_000)]
    [InlineData(70_050, 70_100)]
    public void Nearest_rounds_half_away_from_zero(double price, int expected) =>
        KrxStockTickSize.Instance.Nearest((decimal)price).ShouldBe(expected);

    [Theory]
    [InlineData(1_999, true)]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    [InlineData(4_995, true)]
    [InlineData(5_005, false)]
    [InlineData(20_050, true)]
    [InlineData(20_010, false)]
    [InlineData(500_500, false)]
    [InlineData(501_000, true)]
    public void Is_on_grid_accepts_only_multiples_of_the_tick_at_that_price(int price, bool onGrid) =>
        KrxStockTickSize.Instance.IsOnGrid(price).ShouldBe(onGrid);

    [Fact]
    public void Fractional_prices_are_off_the_krx_grid() => KrxStockTickSize.Instance.IsOnGrid(1_500.5m).ShouldBeFalse();
}
