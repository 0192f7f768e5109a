using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>
/// The nine overseas exchanges through KIS (kis-openapi.md §6): quotes here (they take the exchange's quote code, EXCD);
/// the account and orders in the other part of this class (they take the order code, OVRS_EXCG_CD). Prices are in the
/// exchange's currency.
/// </summary>
public sealed partial class KisOverseasApi
{
    internal const string Quotations = "/uapi/overseas-price/v1/quotations/";
    internal const string Trading = "/uapi/overseas-stock/v1/trading/";
    internal const string Ranking = "/uapi/overseas-stock/v1/ranking/";

    /// <summary>dailyprice returns at most this many bars per call.</summary>
    public const int BarsPerCall = 100;

    private readonly KisPipeline _pipeline;
    private readonly KisOptions _options;
    private readonly KisClientSettings _settings;

    internal KisOverseasApi(KisPipeline pipeline, KisOptions options, KisClientSettings settings)
    {
        _pipeline = pipeline;
        _options = options;
        _settings = settings;
    }

    private bool IsVts => _options.Environment == KisEnvironment.Vts;

    private string Tr(string realTrId) => KisTrIds.For(realTrId, _options.Environment);

    public async Task<BrokerResult<OverseasQuote>> GetPriceAsync(KisExchange exchange, string symbol, CancellationToken cancellationToken)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<OverseasQuote>(problem);
        var request = KisRequest.Get(Quotations + "price", KisTrIds.OverseasPrice, ("AUTH", ""), ("EXCD", exchange.QuoteCode), ("SYMB", symbol));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r => OverseasReaders.Quote(exchange, symbol, KisJson.RequiredSingle(r.Body, "output")));
    }

    /// <summary>
    /// Bars from <paramref name="from"/> to <paramref name="to"/> (local dates), oldest first, 100 per call. Further calls
    /// send tr_cont N, KEYB = the oldest xymd received and BYMD = the day before it; a failure on a later call is an
    /// error, never fewer bars.
    /// </summary>
    /// <remarks>
    /// kis-openapi.md §3.2 and §6.2 say only "next page via KEYB": a continuation key, i.e. where the last page ended.
    /// It used to carry the day before the oldest bar, which a host reading KEYB as "older than this key" (the fake's
    /// reading) answers without that day: one bar lost at every page seam (found by Contract/OverseasContractTests).
    /// With the oldest xymd as KEYB and BYMD one day earlier, no reading loses a day; a repeated day is merged by date.
    /// </remarks>
    public async Task<BrokerResult<IReadOnlyList<OverseasDailyBar>>> GetDailyBarsAsync(KisExchange exchange, string symbol, DateOnly from, DateOnly to,
        CancellationToken cancellationToken, OverseasBarPeriod period = OverseasBarPeriod.Day, bool adjusted = true)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<IReadOnlyList<OverseasDailyBar>>(problem);
        if (from > to) return KisParse.Invalid<IReadOnlyList<OverseasDailyBar>>($"the start date {from:yyyy-MM-dd} is after the end date {to:yyyy-MM-dd}");
        var bars = new SortedDictionary<DateOnly, OverseasDailyBar>();
        var end = to;
        var key = "";
        for (var call = 1; ; call++)
        {
            var request = KisRequest.Get(Quotations + "dailyprice", KisTrIds.OverseasDailyBars, ("AUTH", ""), ("EXCD", exchange.QuoteCode), ("SYMB", symbol),
                ("GUBN", period switch { OverseasBarPeriod.Week => "1", OverseasBarPeriod.Month => "2", _ => "0" }),
                ("BYMD", KisNumbers.FormatDate(end)), ("MODP", adjusted ? "1" : "0"), ("KEYB", key))
                with { TrCont = call == 1 ? "" : "N" };
            var page = KisParse.Map(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false),
                r => KisJson.Rows(r.Body, "output2").Select(OverseasReaders.DailyBar).ToList());
            if (!page.IsSuccess)
            {
                return call == 1
                    ? BrokerResult<IReadOnlyList<OverseasDailyBar>>.Fail(page.Error!.Kind, page.Error.Message)
                    : BrokerResult<IReadOnlyList<OverseasDailyBar>>.Fail(BrokerErrorKind.Unknown, $"partial: call {call} failed ({page.Error!.Kind}: {page.Error.Message}); the result is unknown, not shorter");
            }
            foreach (var bar in page.Value!.Where(b => b.Date >= from && b.Date <= to)) bars[bar.Date] = bar;
            if (page.Value!.Count < BarsPerCall) break;
            var oldest = page.Value!.Min(b => b.Date);
            if (oldest <= from || oldest > end) break;
            if (call >= _settings.MaxPages)
                return BrokerResult<IReadOnlyList<OverseasDailyBar>>.Fail(BrokerErrorKind.Unknown, $"partial: more than {call * BarsPerCall} bars; narrow the range");
            end = oldest.AddDays(-1);
            key = KisNumbers.FormatDate(oldest);
        }
        return BrokerResult<IReadOnlyList<OverseasDailyBar>>.Ok([.. bars.Values]);
    }

    /// <summary>Limits, 52-week range, lot size and tick of a symbol (real host only).</summary>
    public async Task<BrokerResult<OverseasPriceDetail>> GetPriceDetailAsync(KisExchange exchange, string symbol, CancellationToken cancellationToken)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<OverseasPriceDetail>(problem);
        if (IsVts) return KisParse.NotOnVts<OverseasPriceDetail>("the overseas price detail (price-detail)");
        var request = KisRequest.Get(Quotations + "price-detail", KisTrIds.OverseasPriceDetail, ("AUTH", ""), ("EXCD", exchange.QuoteCode), ("SYMB", symbol));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r => OverseasReaders.Detail(exchange, symbol, KisJson.RequiredSingle(r.Body, "output")));
    }

    /// <summary>The biggest risers (or fallers) of an exchange over <paramref name="period"/> (real host only).</summary>
    public Task<BrokerResult<IReadOnlyList<OverseasRankRow>>> GetUpDownRankingAsync(KisExchange exchange, bool rising, CancellationToken cancellationToken,
        OverseasRankingPeriod period = OverseasRankingPeriod.Today) =>
        RankingAsync("updown-rate", KisTrIds.OverseasUpDownRank, "the overseas up/down ranking", exchange, cancellationToken,
            ("GUBN", rising ? "1" : "0"), ("NDAY", ((int)period).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("VOL_RANG", "0"));

    /// <summary>The most traded symbols of an exchange over <paramref name="period"/> (real host only).</summary>
    public Task<BrokerResult<IReadOnlyList<OverseasRankRow>>> GetTradeVolumeRankingAsync(KisExchange exchange, CancellationToken cancellationToken,
        OverseasRankingPeriod period = OverseasRankingPeriod.Today) =>
        RankingAsync("trade-vol", KisTrIds.OverseasTradeVolumeRank, "the overseas volume ranking", exchange, cancellationToken,
            ("NDAY", ((int)period).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("VOL_RANG", "0"), ("PRC1", ""), ("PRC2", ""));

    private async Task<BrokerResult<IReadOnlyList<OverseasRankRow>>> RankingAsync(string path, string trId, string what, KisExchange exchange,
        CancellationToken cancellationToken, params (string, string)[] parameters)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<IReadOnlyList<OverseasRankRow>>(problem);
        if (IsVts) return KisParse.NotOnVts<IReadOnlyList<OverseasRankRow>>(what);
        var request = KisRequest.Get(Ranking + path, trId, [("EXCD", exchange.QuoteCode), ("AUTH", ""), ("KEYB", ""), .. parameters]);
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map<IReadOnlyList<OverseasRankRow>>(call, r => [.. KisJson.Rows(r.Body, "output2").Select(OverseasReaders.RankRow)]);
    }

    private static string? NotOverseas(KisExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return KisExchange.Overseas.Contains(exchange) ? null : $"{exchange.Name} is not one of the nine overseas exchanges; use the domestic API for KRX";
    }
}
