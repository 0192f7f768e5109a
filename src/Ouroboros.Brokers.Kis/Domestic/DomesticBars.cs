namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>Bar periods of inquire-daily-itemchartprice (FID_PERIOD_DIV_CODE D/W/M/Y).</summary>
public enum DomesticBarPeriod
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>One daily (weekly, monthly, yearly) bar, dated by its business day; KRW and shares.</summary>
public sealed record DomesticDailyBar(DateOnly Date, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, decimal? TradedValue);

/// <summary>One minute bar of today (inquire-time-itemchartprice), stamped with its KST time.</summary>
public sealed record DomesticMinuteBar(DateOnly Date, TimeOnly Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);
