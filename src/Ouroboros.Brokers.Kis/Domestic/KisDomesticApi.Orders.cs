using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>
/// KRX orders (§5.5, §5.6): the new TRs (TTTC0012U/0011U/0013U) with the old ones as fallback when the host refuses
/// the new as an unknown service (OPSQ0002, which means nothing was processed). An order whose answer is lost is
/// reported as Unknown ("unknown whether the order was placed") and never resent.
/// </summary>
public sealed partial class KisDomesticApi
{
    public async Task<BrokerResult<KisOrderAck>> PlaceOrderAsync(DomesticOrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (DomesticOrderRules.Problem(order) is { } problem) return KisParse.Invalid<KisOrderAck>("the order was not sent: " + problem);
        if (VenueProblem(order.Venue) is { } venue) return KisParse.Invalid<KisOrderAck>("the order was not sent: " + venue);
        var (tr, old) = order.Side == OrderSide.Buy ? (KisTrIds.DomesticBuy, KisTrIds.DomesticBuyOld) : (KisTrIds.DomesticSell, KisTrIds.DomesticSellOld);
        var request = KisRequest.Post(Trading + "order-cash", Tr(tr),
            ("CANO", _options.AccountNumber), ("ACNT_PRDT_CD", _options.ProductCode), ("PDNO", order.Symbol),
            ("ORD_DVSN", OrderTypeCode(order.Type)), ("ORD_QTY", KisNumbers.Format(order.Quantity)),
            ("ORD_UNPR", order.LimitPrice is { } price ? KisNumbers.Format(price) : "0"), ("EXCG_ID_DVSN_CD", order.Venue),
            ("SLL_TYPE", order.Side == OrderSide.Sell ? "01" : ""), ("CNDT_PRIC", "")) with { IsOrder = true, FallbackTrId = Tr(old) };
        return KisOrderAcks.From(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Changes the price (and optionally lowers the quantity) of a resting order.</summary>
    public async Task<BrokerResult<KisOrderAck>> ModifyOrderAsync(DomesticModifyRequest modify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modify);
        if (DomesticOrderRules.Problem(modify) is { } problem) return KisParse.Invalid<KisOrderAck>("the modify was not sent: " + problem);
        if (VenueProblem(modify.Venue) is { } venue) return KisParse.Invalid<KisOrderAck>("the modify was not sent: " + venue);
        return await ReviseAsync(modify.BranchNumber, modify.OrderNumber, "01", OrderTypeCode(modify.Type), modify.Quantity,
            modify.NewPrice, modify.Venue, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels a resting order: all that remains, or <paramref name="quantity"/> of it.</summary>
    public async Task<BrokerResult<KisOrderAck>> CancelOrderAsync(string branchNumber, string orderNumber, CancellationToken cancellationToken,
        decimal? quantity = null, string venue = "KRX")
    {
        if (string.IsNullOrWhiteSpace(orderNumber)) return KisParse.Invalid<KisOrderAck>("the cancel was not sent: the order number is missing");
        if (quantity is { } q && (q <= 0 || q != decimal.Truncate(q)))
            return KisParse.Invalid<KisOrderAck>($"the cancel was not sent: the quantity must be a whole number above 0, not {q}");
        return await ReviseAsync(branchNumber, orderNumber, "02", "00", quantity, null, venue, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BrokerResult<KisOrderAck>> ReviseAsync(string branch, string orderNumber, string kind, string orderType, decimal? quantity,
        decimal? price, string venue, CancellationToken cancellationToken)
    {
        var request = KisRequest.Post(Trading + "order-rvsecncl", Tr(KisTrIds.DomesticModifyCancel),
            ("CANO", _options.AccountNumber), ("ACNT_PRDT_CD", _options.ProductCode), ("KRX_FWDG_ORD_ORGNO", branch ?? ""),
            ("ORGN_ODNO", orderNumber), ("ORD_DVSN", orderType), ("RVSE_CNCL_DVSN_CD", kind),
            ("ORD_QTY", quantity is { } q ? KisNumbers.Format(q) : "0"), ("ORD_UNPR", price is { } p ? KisNumbers.Format(p) : "0"),
            ("QTY_ALL_ORD_YN", quantity is null ? "Y" : "N"), ("CNDT_PRIC", ""), ("EXCG_ID_DVSN_CD", venue))
            with { IsOrder = true, FallbackTrId = Tr(KisTrIds.DomesticModifyCancelOld) };
        return KisOrderAcks.From(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false));
    }

    private string? VenueProblem(string venue) => venue switch
    {
        "KRX" => null,
        "NXT" or "SOR" when _options.Environment == KisEnvironment.Real => null,
        "NXT" or "SOR" => $"the paper host (VTS) trades on KRX only, not {venue}",
        _ => $"the venue must be KRX, NXT or SOR, not '{venue}'",
    };

    private static string OrderTypeCode(DomesticOrderType type) => type == DomesticOrderType.Market ? "01" : "00";
}
