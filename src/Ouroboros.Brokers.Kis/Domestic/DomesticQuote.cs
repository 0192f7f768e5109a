namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>
/// inquire-price (FHKST01010100, kis-openapi.md §5.2). Prices in KRW; a field the host left blank is null, never 0.
/// <see cref="TickSize"/> is the host's aspr_unit; <see cref="UpperLimit"/>/<see cref="LowerLimit"/> are the day's ±30% band.
/// </summary>
public sealed record DomesticQuote(
    string Symbol,
    decimal Price,
    decimal? Change,
    string? ChangeSign,
    decimal? ChangePercent,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? UpperLimit,
    decimal? LowerLimit,
    decimal? BasePrice,
    decimal? Volume,
    decimal? TradedValue,
    decimal? TickSize,
    DomesticStatus Status);

/// <summary>
/// The halt, warning and status flags of a KRX symbol (§5.2): iscd_stat_cls_code (51 administrative, 52 danger,
/// 53 warning, 54 caution, 58 halted, 59 overheated…), temp_stop_yn, vi_cls_code, mrkt_warn_cls_code, short_over_yn.
/// </summary>
public sealed record DomesticStatus(string? StatusCode, bool? TemporarilyHalted, string? ViCode, string? MarketWarningCode, bool? ShortTermOverheated)
{
    /// <summary>Trading is halted (status 58 or a temporary stop); null flags count as "not known to be halted".</summary>
    public bool IsHalted => StatusCode == "58" || TemporarilyHalted == true;
}
