using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>
/// price (HHDFS00000300, kis-openapi.md §6.2): the last price in the exchange's currency. <see cref="Decimals"/> is zdiv,
/// the number of decimals the market quotes in. US quotes are real time; Asian ones 15 minutes late unless paid for.
/// </summary>
public sealed record OverseasQuote(
    KisExchange Exchange,
    string Symbol,
    decimal Price,
    decimal? BasePrice,
    decimal? Change,
    string? ChangeSign,
    decimal? ChangePercent,
    decimal? Volume,
    decimal? TradedValue,
    int? Decimals,
    string? Orderable);

/// <summary>Bar periods of dailyprice (GUBN 0/1/2).</summary>
public enum OverseasBarPeriod
{
    Day,
    Week,
    Month,
}

/// <summary>One dailyprice bar, dated by the exchange's local business day, in its currency.</summary>
public sealed record OverseasDailyBar(DateOnly Date, decimal Open, decimal High, decimal Low, decimal Close, decimal? Volume, decimal? TradedValue);

/// <summary>price-detail (HHDFS76200200, real only): limits, 52-week range, valuation, lot size (vnit) and tick (e_hogau).</summary>
public sealed record OverseasPriceDetail(
    KisExchange Exchange,
    string Symbol,
    decimal? Last,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? BasePrice,
    decimal? UpperLimit,
    decimal? LowerLimit,
    decimal? High52Weeks,
    decimal? Low52Weeks,
    decimal? Volume,
    decimal? LotSize,
    decimal? TickSize,
    string? Currency,
    decimal? ExchangeRate,
    string? Orderable);

/// <summary>One row of an overseas ranking (updown-rate, trade-vol), in rank order; at most the host's page.</summary>
public sealed record OverseasRankRow(int Rank, string Symbol, string? Name, string? EnglishName, decimal? Price, decimal? Change, decimal? ChangePercent,
    decimal? Volume, decimal? TradedValue);

/// <summary>updown-rate and trade-vol NDAY: the period a ranking covers.</summary>
public enum OverseasRankingPeriod
{
    Today = 0,
    TwoDays = 1,
    ThreeDays = 2,
    FiveDays = 3,
    TenDays = 4,
    TwentyDays = 5,
    ThirtyDays = 6,
    SixtyDays = 7,
    HundredTwentyDays = 8,
    OneYear = 9,
}
