using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>The account side of KRX: balance, buyable amount and the day's orders and fills (§5.4, §5.7).</summary>
public sealed partial class KisDomesticApi
{
    /// <summary>inquire-daily-ccld switches to its "older than 3 months" TR for ranges that start before this.</summary>
    public static readonly int RecentMonths = 3;

    /// <summary>Every holding (all pages: 50 a page real, 20 VTS) and the cash summary.</summary>
    public async Task<BrokerResult<DomesticBalance>> GetBalanceAsync(CancellationToken cancellationToken)
    {
        var request = KisRequest.Get(Trading + "inquire-balance", Tr(KisTrIds.DomesticBalance),
            ("CANO", _options.AccountNumber), ("ACNT_PRDT_CD", _options.ProductCode), ("AFHR_FLPR_YN", "N"), ("OFL_YN", ""), ("INQR_DVSN", "02"),
            ("UNPR_DVSN", "01"), ("FUND_STTL_ICLD_YN", "N"), ("FNCG_AMT_AUTO_RDPT_YN", "N"), ("PRCS_DVSN", "00"));
        var pages = await KisPaging.AllPagesAsync(_pipeline, request, KisPageKeys.Domestic, _settings.MaxPages, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(pages, all =>
        {
            var holdings = all.SelectMany(p => KisJson.Rows(p.Body, "output1")).Select(DomesticReaders.Holding).ToList();
            var summary = all.Select(p => KisJson.Single(p.Body, "output2")).LastOrDefault(s => s is not null);
            return new DomesticBalance(holdings, summary is { } s ? DomesticReaders.Summary(s) : null);
        });
    }

    /// <summary>
    /// What a buy of <paramref name="symbol"/> could spend. Without a price the query uses ORD_DVSN 01 (market), which
    /// KIS advises because only then is the symbol's margin rate applied (§5.4).
    /// </summary>
    public async Task<BrokerResult<DomesticBuyable>> GetBuyableAsync(string symbol, decimal? price, CancellationToken cancellationToken)
    {
        var request = KisRequest.Get(Trading + "inquire-psbl-order", Tr(KisTrIds.DomesticBuyable),
            ("CANO", _options.AccountNumber), ("ACNT_PRDT_CD", _options.ProductCode), ("PDNO", symbol),
            ("ORD_UNPR", price is { } p ? KisNumbers.Format(p) : ""), ("ORD_DVSN", price is null ? "01" : "00"),
            ("CMA_EVLU_AMT_ICLD_YN", "N"), ("OVRS_ICLD_YN", "N"));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r => DomesticReaders.Buyable(KisJson.RequiredSingle(r.Body, "output")));
    }

    /// <summary>
    /// Orders and their fills over a day range (all pages: 100 a page real, 15 VTS), for reconciliation. Ranges that
    /// start more than three months ago use the older-data TR; the new TRs fall back to the old ones if refused.
    /// </summary>
    public async Task<BrokerResult<IReadOnlyList<DomesticOrderRecord>>> GetOrdersAsync(DomesticOrdersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From > query.To) return KisParse.Invalid<IReadOnlyList<DomesticOrderRecord>>($"the start date {query.From:yyyy-MM-dd} is after the end date {query.To:yyyy-MM-dd}");
        var recent = query.From >= KisClock.KstToday(_time).AddMonths(-RecentMonths);
        var (tr, old) = recent
            ? (KisTrIds.DomesticDailyFillsRecent, KisTrIds.DomesticDailyFillsRecentOld)
            : (KisTrIds.DomesticDailyFillsOlder, KisTrIds.DomesticDailyFillsOlderOld);
        var request = KisRequest.Get(Trading + "inquire-daily-ccld", Tr(tr),
            ("CANO", _options.AccountNumber), ("ACNT_PRDT_CD", _options.ProductCode),
            ("INQR_STRT_DT", KisNumbers.FormatDate(query.From)), ("INQR_END_DT", KisNumbers.FormatDate(query.To)),
            ("SLL_BUY_DVSN_CD", "00"), ("INQR_DVSN", "00"), ("PDNO", query.Symbol ?? ""),
            ("CCLD_DVSN", query.Filter switch { DomesticFillFilter.Filled => "01", DomesticFillFilter.Unfilled => "02", _ => "00" }),
            ("ORD_GNO_BRNO", ""), ("ODNO", query.OrderNumber ?? ""), ("INQR_DVSN_3", "00"), ("INQR_DVSN_1", ""),
            ("EXCG_ID_DVSN_CD", _options.Environment == KisEnvironment.Real ? "ALL" : "KRX")) with { FallbackTrId = Tr(old) };
        var pages = await KisPaging.AllPagesAsync(_pipeline, request, KisPageKeys.Domestic, _settings.MaxPages, cancellationToken).ConfigureAwait(false);
        return KisParse.Map<IReadOnlyList<DomesticOrderRecord>>(pages,
            all => [.. all.SelectMany(p => KisJson.Rows(p.Body, "output1")).Select(DomesticReaders.OrderRecord)]);
    }
}
