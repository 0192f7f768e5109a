namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>volume-rank FID_BLNG_CLS_CODE: what "volume" means for the order (§5.8).</summary>
public enum DomesticVolumeRanking
{
    AverageVolume = 0,
    VolumeGrowth = 1,
    AverageTurnover = 2,
    TradedValue = 3,
    AverageValueTurnover = 4,
}

/// <summary>fluctuation fid_rank_sort_cls_code (§5.9).</summary>
public enum DomesticFluctuationRanking
{
    Rise = 0,
    Fall = 1,
    RiseFromOpen = 2,
    FallFromOpen = 3,
    Volatility = 4,
}

/// <summary>Which market a domestic ranking covers (FID_INPUT_ISCD 0000 all, 0001 KOSPI, 1001 KOSDAQ, 2001 KOSPI200).</summary>
public enum DomesticRankingMarket
{
    All,
    Kospi,
    Kosdaq,
    Kospi200,
}

/// <summary>One row of a domestic ranking (at most 30, no next page), in rank order.</summary>
public sealed record DomesticRankRow(int Rank, string Symbol, string? Name, decimal? Price, decimal? Change, decimal? ChangePercent, decimal? Volume, decimal? TradedValue);

/// <summary>chk-holiday (CTCA0903R, real only): one day; <see cref="IsOpen"/> (opnd_yn) says whether orders can be placed.</summary>
public sealed record KrxDayInfo(DateOnly Date, bool? IsBusinessDay, bool? IsTradingDay, bool? IsOpen, bool? IsSettlementDay);
