using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>
/// KRX through KIS (kis-openapi.md §5): quotes and bars here; account, orders and market-wide queries in the other parts
/// of this class. Symbols are 6-character KRX codes (FID_COND_MRKT_DIV_CODE J).
/// </summary>
public sealed partial class KisDomesticApi
{
    internal const string Quotations = "/uapi/domestic-stock/v1/quotations/";
    internal const string Trading = "/uapi/domestic-stock/v1/trading/";

    /// <summary>inquire-daily-itemchartprice returns at most this many bars per call (§3.2).</summary>
    public const int BarsPerCall = 100;

    /// <summary>inquire-time-itemchartprice returns at most this many minutes per call.</summary>
    public const int MinutesPerCall = 30;

    private readonly KisPipeline _pipeline;
    private readonly KisOptions _options;
    private readonly TimeProvider _time;
    private readonly KisClientSettings _settings;

    // Owned (and disposed) by the KisClient.
    private readonly SemaphoreSlim _holidayGate;

    internal KisDomesticApi(KisPipeline pipeline, KisOptions options, TimeProvider time, KisClientSettings settings, SemaphoreSlim holidayGate)
    {
        _holidayGate = holidayGate;
        _pipeline = pipeline;
        _options = options;
        _time = time;
        _settings = settings;
    }

    private string Tr(string realTrId) => KisTrIds.For(realTrId, _options.Environment);

    /// <summary>The current price, limits, tick size and status flags of a symbol.</summary>
    public async Task<BrokerResult<DomesticQuote>> GetPriceAsync(string symbol, CancellationToken cancellationToken)
    {
        var request = KisRequest.Get(Quotations + "inquire-price", KisTrIds.DomesticPrice, ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", symbol));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r => DomesticReaders.Quote(symbol, KisJson.RequiredSingle(r.Body, "output")));
    }

    /// <summary>The ten-level book and the expected auction price.</summary>
    public async Task<BrokerResult<DomesticOrderBook>> GetOrderBookAsync(string symbol, CancellationToken cancellationToken)
    {
        var request = KisRequest.Get(Quotations + "inquire-asking-price-exp-ccn", KisTrIds.DomesticOrderBook, ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", symbol));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r => DomesticReaders.Book(symbol, r.Body));
    }

    /// <summary>
    /// Bars from <paramref name="from"/> to <paramref name="to"/>, oldest first. More than 100 are fetched by moving the end
    /// date back to the day before the oldest bar returned (§5.3); a failure on a later call is an error, never fewer bars.
    /// </summary>
    public async Task<BrokerResult<IReadOnlyList<DomesticDailyBar>>> GetDailyBarsAsync(string symbol, DateOnly from, DateOnly to, CancellationToken cancellationToken,
        DomesticBarPeriod period = DomesticBarPeriod.Day, bool adjusted = true)
    {
        if (from > to) return KisParse.Invalid<IReadOnlyList<DomesticDailyBar>>($"the start date {from:yyyy-MM-dd} is after the end date {to:yyyy-MM-dd}");
        var bars = new SortedDictionary<DateOnly, DomesticDailyBar>();
        var end = to;
        for (var call = 1; ; call++)
        {
            var request = KisRequest.Get(Quotations + "inquire-daily-itemchartprice", KisTrIds.DomesticDailyBars,
                ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", symbol), ("FID_INPUT_DATE_1", KisNumbers.FormatDate(from)),
                ("FID_INPUT_DATE_2", KisNumbers.FormatDate(end)), ("FID_PERIOD_DIV_CODE", PeriodCode(period)), ("FID_ORG_ADJ_PRC", adjusted ? "0" : "1"));
            var page = KisParse.Map(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false),
                r => KisJson.Rows(r.Body, "output2").Select(DomesticReaders.DailyBar).ToList());
            if (!page.IsSuccess) return Partial<DomesticDailyBar>(page.Error!, call);
            foreach (var bar in page.Value!.Where(b => b.Date >= from && b.Date <= to)) bars[bar.Date] = bar;
            if (page.Value!.Count < BarsPerCall) break;
            var oldest = page.Value!.Min(b => b.Date);
            if (oldest <= from) break;
            if (call >= _settings.MaxPages) return TooMany<DomesticDailyBar>(call * BarsPerCall);
            end = oldest.AddDays(-1);
        }
        return BrokerResult<IReadOnlyList<DomesticDailyBar>>.Ok([.. bars.Values]);
    }

    /// <summary>
    /// Today's minute bars from <paramref name="since"/> up to <paramref name="until"/> (KST), oldest first, fetched 30 at a
    /// time by moving FID_INPUT_HOUR_1 back to the minute before the oldest returned.
    /// </summary>
    public async Task<BrokerResult<IReadOnlyList<DomesticMinuteBar>>> GetMinuteBarsAsync(string symbol, TimeOnly since, TimeOnly until, CancellationToken cancellationToken)
    {
        if (since > until) return KisParse.Invalid<IReadOnlyList<DomesticMinuteBar>>($"the start time {since:HH:mm} is after the end time {until:HH:mm}");
        var bars = new SortedDictionary<(DateOnly, TimeOnly), DomesticMinuteBar>();
        var hour = until;
        for (var call = 1; ; call++)
        {
            var request = KisRequest.Get(Quotations + "inquire-time-itemchartprice", KisTrIds.DomesticMinuteBars,
                ("FID_ETC_CLS_CODE", ""), ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", symbol),
                ("FID_INPUT_HOUR_1", KisNumbers.FormatTime(hour)), ("FID_PW_DATA_INCU_YN", "Y"));
            var page = KisParse.Map(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false),
                r => KisJson.Rows(r.Body, "output2").Select(DomesticReaders.MinuteBar).ToList());
            if (!page.IsSuccess) return Partial<DomesticMinuteBar>(page.Error!, call);
            foreach (var bar in page.Value!.Where(b => b.Time >= since && b.Time <= until)) bars[(bar.Date, bar.Time)] = bar;
            if (page.Value!.Count < MinutesPerCall) break;
            var oldest = page.Value!.Min(b => b.Time);
            if (oldest <= since || oldest >= hour.AddMinutes(1)) break;
            // A whole session is 13 calls of 30 minutes; the cap only stops a host that never runs out.
            if (call >= _settings.MaxPages * 3) return TooMany<DomesticMinuteBar>(call * MinutesPerCall);
            hour = oldest.AddMinutes(-1);
        }
        return BrokerResult<IReadOnlyList<DomesticMinuteBar>>.Ok([.. bars.Values]);
    }

    private static string PeriodCode(DomesticBarPeriod period) => period switch
    {
        DomesticBarPeriod.Week => "W",
        DomesticBarPeriod.Month => "M",
        DomesticBarPeriod.Year => "Y",
        _ => "D",
    };

    private static BrokerResult<IReadOnlyList<T>> Partial<T>(BrokerError error, int call) => call == 1
        ? BrokerResult<IReadOnlyList<T>>.Fail(error.Kind, error.Message)
        : BrokerResult<IReadOnlyList<T>>.Fail(BrokerErrorKind.Unknown, $"partial: call {call} failed ({error.Kind}: {error.Message}); the result is unknown, not shorter");

    private static BrokerResult<IReadOnlyList<T>> TooMany<T>(int rows) =>
        BrokerResult<IReadOnlyList<T>>.Fail(BrokerErrorKind.Unknown, $"partial: more than {rows} rows; narrow the range (the result would be incomplete)");
}
