using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>
/// Market-wide queries that exist only on the real host (§5.1): rankings for the scanner and the holiday check.
/// On VTS they fail at once with InvalidRequest "not supported on the paper host", without calling it.
/// </summary>
public sealed partial class KisDomesticApi
{
    private readonly Dictionary<DateOnly, KrxDayInfo> _days = [];
    private readonly HashSet<DateOnly> _daysAsked = [];
    private DateOnly? _daysFetchedOn;

    /// <summary>The volume ranking (FHPST01710000), at most 30 rows.</summary>
    public async Task<BrokerResult<IReadOnlyList<DomesticRankRow>>> GetVolumeRankingAsync(CancellationToken cancellationToken,
        DomesticVolumeRanking ranking = DomesticVolumeRanking.AverageVolume, DomesticRankingMarket market = DomesticRankingMarket.All)
    {
        if (_options.Environment == KisEnvironment.Vts) return KisParse.NotOnVts<IReadOnlyList<DomesticRankRow>>("the domestic volume ranking");
        var request = KisRequest.Get(Quotations + "volume-rank", KisTrIds.DomesticVolumeRank,
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_COND_SCR_DIV_CODE", "20171"), ("FID_INPUT_ISCD", MarketCode(market)), ("FID_DIV_CLS_CODE", "0"),
            ("FID_BLNG_CLS_CODE", ((int)ranking).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            // The full 9- and 10-digit masks: one observer saw types 1, 2 and 4 come back empty with shorter ones (§5.8).
            ("FID_TRGT_CLS_CODE", "111111111"), ("FID_TRGT_EXLS_CLS_CODE", "0000000000"),
            ("FID_INPUT_PRICE_1", ""), ("FID_INPUT_PRICE_2", ""), ("FID_VOL_CNT", ""), ("FID_INPUT_DATE_1", ""));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map<IReadOnlyList<DomesticRankRow>>(call, r => [.. KisJson.Rows(r.Body, "output").Select(row => DomesticReaders.RankRow(row, "mksc_shrn_iscd"))]);
    }

    /// <summary>The fluctuation ranking (FHPST01700000), at most 30 rows.</summary>
    public async Task<BrokerResult<IReadOnlyList<DomesticRankRow>>> GetFluctuationRankingAsync(CancellationToken cancellationToken,
        DomesticFluctuationRanking ranking = DomesticFluctuationRanking.Rise, DomesticRankingMarket market = DomesticRankingMarket.All)
    {
        if (_options.Environment == KisEnvironment.Vts) return KisParse.NotOnVts<IReadOnlyList<DomesticRankRow>>("the domestic fluctuation ranking");
        var request = KisRequest.Get("/uapi/domestic-stock/v1/ranking/fluctuation", KisTrIds.DomesticFluctuationRank,
            ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_COND_SCR_DIV_CODE", "20170"), ("FID_INPUT_ISCD", MarketCode(market)),
            ("FID_RANK_SORT_CLS_CODE", ((int)ranking).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("FID_INPUT_CNT_1", "0"),
            ("FID_PRC_CLS_CODE", ranking is DomesticFluctuationRanking.Rise or DomesticFluctuationRanking.Fall ? "1" : "0"),
            ("FID_INPUT_PRICE_1", ""), ("FID_INPUT_PRICE_2", ""), ("FID_VOL_CNT", ""), ("FID_TRGT_CLS_CODE", "0"),
            ("FID_TRGT_EXLS_CLS_CODE", "0"), ("FID_DIV_CLS_CODE", "0"), ("FID_RSFL_RATE1", ""), ("FID_RSFL_RATE2", ""));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map<IReadOnlyList<DomesticRankRow>>(call, r => [.. KisJson.Rows(r.Body, "output").Select(row => DomesticReaders.RankRow(row, "stck_shrn_iscd"))]);
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a KRX business, trading and order day (chk-holiday, CTCA0903R). KIS asks for about
    /// one call a day, so answers are kept until the KST date changes and a date is asked at most once a day.
    /// </summary>
    public async Task<BrokerResult<KrxDayInfo>> GetDayAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (_options.Environment == KisEnvironment.Vts) return KisParse.NotOnVts<KrxDayInfo>("the holiday check (chk-holiday)");
        await _holidayGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var today = KisClock.KstToday(_time);
            if (_daysFetchedOn != today)
            {
                _days.Clear();
                _daysAsked.Clear();
                _daysFetchedOn = today;
            }
            if (_days.TryGetValue(date, out var known)) return BrokerResult<KrxDayInfo>.Ok(known);
            if (_daysAsked.Contains(date))
                return BrokerResult<KrxDayInfo>.Fail(BrokerErrorKind.Unknown, $"the holiday check did not cover {date:yyyy-MM-dd} today; it is not asked again before tomorrow");
            var request = KisRequest.Get(Quotations + "chk-holiday", KisTrIds.DomesticHoliday, ("BASS_DT", KisNumbers.FormatDate(date)), ("CTX_AREA_NK", ""), ("CTX_AREA_FK", ""));
            var days = KisParse.Map<IReadOnlyList<KrxDayInfo>>(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false),
                r => [.. KisJson.Rows(r.Body, "output").Select(DomesticReaders.Day)]);
            if (!days.IsSuccess) return BrokerResult<KrxDayInfo>.Fail(days.Error!.Kind, days.Error.Message);
            _daysAsked.Add(date);
            foreach (var day in days.Value!) _days[day.Date] = day;
            return _days.TryGetValue(date, out var found)
                ? BrokerResult<KrxDayInfo>.Ok(found)
                : BrokerResult<KrxDayInfo>.Fail(BrokerErrorKind.Unknown, $"the holiday check answered without {date:yyyy-MM-dd}");
        }
        finally
        {
            _holidayGate.Release();
        }
    }

    private static string MarketCode(DomesticRankingMarket market) => market switch
    {
        DomesticRankingMarket.Kospi => "0001",
        DomesticRankingMarket.Kosdaq => "1001",
        DomesticRankingMarket.Kospi200 => "2001",
        _ => "0000",
    };
}
