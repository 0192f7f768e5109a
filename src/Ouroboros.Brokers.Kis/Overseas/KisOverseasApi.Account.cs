using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>Overseas account and orders (§6.2–§6.4), by order exchange code (OVRS_EXCG_CD).</summary>
public sealed partial class KisOverseasApi
{
    /// <summary>
    /// Every holding of one exchange in its currency (all pages, CTX_AREA_FK200/NK200). On the real host NASD covers all
    /// three US exchanges; on VTS only NASDAQ.
    /// </summary>
    public async Task<BrokerResult<OverseasBalance>> GetBalanceAsync(KisExchange exchange, CancellationToken cancellationToken)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<OverseasBalance>(problem);
        var request = KisRequest.Get(Trading + "inquire-balance", Tr(KisTrIds.OverseasBalance), ("CANO", _options.AccountNumber),
            ("ACNT_PRDT_CD", _options.ProductCode), ("OVRS_EXCG_CD", exchange.OrderCode), ("TR_CRCY_CD", OverseasReaders.Code(exchange.Currency)));
        var pages = await KisPaging.AllPagesAsync(_pipeline, request, KisPageKeys.Overseas, _settings.MaxPages, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(pages, all =>
        {
            var holdings = all.SelectMany(p => KisJson.Rows(p.Body, "output1")).Select(OverseasReaders.Holding).ToList();
            var summary = all.Select(p => KisJson.Single(p.Body, "output2")).LastOrDefault(s => s is not null);
            return new OverseasBalance(holdings, summary is { } s ? OverseasReaders.Summary(s) : null);
        });
    }

    /// <summary>Holdings, cash per currency and totals in the foreign-currency view. On VTS only the totals are known.</summary>
    public async Task<BrokerResult<OverseasPresentBalance>> GetPresentBalanceAsync(CancellationToken cancellationToken)
    {
        var request = KisRequest.Get(Trading + "inquire-present-balance", Tr(KisTrIds.OverseasPresentBalance), ("CANO", _options.AccountNumber),
            ("ACNT_PRDT_CD", _options.ProductCode), ("WCRC_FRCR_DVSN_CD", "02"), ("NATN_CD", "000"), ("TR_MKET_CD", "00"), ("INQR_DVSN_CD", "00"));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r =>
        {
            var totals = KisJson.Single(r.Body, "output3");
            if (IsVts) return new OverseasPresentBalance([], [], totals is { } v ? OverseasReaders.Totals(v) : null, HoldingsAndCashKnown: false);
            var holdings = KisJson.Rows(r.Body, "output1").Select(OverseasReaders.PresentHolding).ToList();
            var cash = KisJson.Rows(r.Body, "output2").Select(OverseasReaders.Cash).OfType<OverseasCash>().ToList();
            return new OverseasPresentBalance(holdings, cash, totals is { } t ? OverseasReaders.Totals(t) : null, HoldingsAndCashKnown: true);
        });
    }

    /// <summary>
    /// Cash per currency (present-balance output2). The paper host does not report it (only totals), so on VTS this is
    /// an error: unknown, never an empty list that would read as "no cash".
    /// </summary>
    public async Task<BrokerResult<IReadOnlyList<OverseasCash>>> GetCashAsync(CancellationToken cancellationToken)
    {
        if (IsVts)
        {
            return BrokerResult<IReadOnlyList<OverseasCash>>.Fail(BrokerErrorKind.Unknown,
                "the paper host (VTS) reports no cash per currency (present-balance fills only its totals); ask the buyable amount per exchange instead");
        }
        var balance = await GetPresentBalanceAsync(cancellationToken).ConfigureAwait(false);
        return balance.IsSuccess
            ? BrokerResult<IReadOnlyList<OverseasCash>>.Ok(balance.Value!.Cash)
            : BrokerResult<IReadOnlyList<OverseasCash>>.Fail(balance.Error!.Kind, balance.Error.Message);
    }

    /// <summary>What a buy of <paramref name="symbol"/> at <paramref name="price"/> could spend, in the exchange's currency.</summary>
    public async Task<BrokerResult<OverseasBuyable>> GetBuyableAsync(KisExchange exchange, string symbol, decimal price, CancellationToken cancellationToken)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<OverseasBuyable>(problem);
        if (price <= 0) return KisParse.Invalid<OverseasBuyable>($"the price must be above 0, not {price}");
        var request = KisRequest.Get(Trading + "inquire-psamount", Tr(KisTrIds.OverseasBuyable), ("CANO", _options.AccountNumber),
            ("ACNT_PRDT_CD", _options.ProductCode), ("OVRS_EXCG_CD", exchange.OrderCode), ("OVRS_ORD_UNPR", KisNumbers.Format(price)), ("ITEM_CD", symbol));
        var call = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return KisParse.Map(call, r => OverseasReaders.Buyable(KisJson.RequiredSingle(r.Body, "output")));
    }

    /// <summary>Orders and fills over a range of local dates (all pages); the history the host keeps, for reconciliation.</summary>
    public async Task<BrokerResult<IReadOnlyList<OverseasOrderRecord>>> GetOrdersAsync(OverseasOrdersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.From > query.To) return KisParse.Invalid<IReadOnlyList<OverseasOrderRecord>>($"the start date {query.From:yyyy-MM-dd} is after the end date {query.To:yyyy-MM-dd}");
        if (query.Exchange is { } e && NotOverseas(e) is { } problem) return KisParse.Invalid<IReadOnlyList<OverseasOrderRecord>>(problem);
        var all = IsVts ? "" : "%"; // "all" is % on the real host; VTS accepts only "" (§6.1).
        var request = KisRequest.Get(Trading + "inquire-ccnl", Tr(KisTrIds.OverseasOrderHistory), ("CANO", _options.AccountNumber),
            ("ACNT_PRDT_CD", _options.ProductCode), ("PDNO", query.Symbol ?? all), ("ORD_STRT_DT", KisNumbers.FormatDate(query.From)),
            ("ORD_END_DT", KisNumbers.FormatDate(query.To)), ("SLL_BUY_DVSN", "00"), ("CCLD_NCCS_DVSN", "00"),
            ("OVRS_EXCG_CD", query.Exchange?.OrderCode ?? all), ("SORT_SQN", "DS"), ("ORD_DT", ""), ("ORD_GNO_BRNO", ""), ("ODNO", ""));
        var pages = await KisPaging.AllPagesAsync(_pipeline, request, KisPageKeys.Overseas, _settings.MaxPages, cancellationToken).ConfigureAwait(false);
        return KisParse.Map<IReadOnlyList<OverseasOrderRecord>>(pages, p => [.. p.SelectMany(x => KisJson.Rows(x.Body, "output")).Select(OverseasReaders.OrderRecord)]);
    }

    /// <summary>Orders still open on one exchange (inquire-nccs; real host only: the current portal lists no VTS TR).</summary>
    public async Task<BrokerResult<IReadOnlyList<OverseasOrderRecord>>> GetOpenOrdersAsync(KisExchange exchange, CancellationToken cancellationToken)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<IReadOnlyList<OverseasOrderRecord>>(problem);
        if (IsVts) return KisParse.NotOnVts<IReadOnlyList<OverseasOrderRecord>>("the overseas open-order list (inquire-nccs)");
        var request = KisRequest.Get(Trading + "inquire-nccs", KisTrIds.OverseasOpenOrders, ("CANO", _options.AccountNumber),
            ("ACNT_PRDT_CD", _options.ProductCode), ("OVRS_EXCG_CD", exchange.OrderCode), ("SORT_SQN", "DS"));
        var pages = await KisPaging.AllPagesAsync(_pipeline, request, KisPageKeys.Overseas, _settings.MaxPages, cancellationToken).ConfigureAwait(false);
        return KisParse.Map<IReadOnlyList<OverseasOrderRecord>>(pages, p => [.. p.SelectMany(x => KisJson.Rows(x.Body, "output")).Select(OverseasReaders.OrderRecord)]);
    }
}
