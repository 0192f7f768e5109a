using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>
/// Overseas orders (§6.3): per-market buy/sell TRs, ORD_DVSN per market (VTS 00 only), TTTT1004U to modify or cancel.
/// A lost answer is Unknown ("unknown whether the order was placed") and the order is never resent.
/// </summary>
public sealed partial class KisOverseasApi
{
    public async Task<BrokerResult<KisOrderAck>> PlaceOrderAsync(OverseasOrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (OverseasOrderRules.Problem(order, _options.Environment) is { } problem) return KisParse.Invalid<KisOrderAck>("the order was not sent: " + problem);
        var (buy, sell) = KisTrIds.OverseasOrder(order.Exchange);
        var tr = Tr(order.Side == OrderSide.Buy ? buy : sell);
        // VTS US sell: VTTT1001U per the portal; the official sample's prefix rule gives VTTT1006U, kept as the fallback.
        var fallback = tr == KisTrIds.UsSellVts ? "V" + KisTrIds.UsSell[1..] : null;
        var price = OverseasOrderRules.NeedsPrice(order.Type) && order.LimitPrice is { } p ? KisNumbers.Format(p) : "0";
        var request = KisRequest.Post(Trading + "order", tr, ("CANO", _options.AccountNumber), ("ACNT_PRDT_CD", _options.ProductCode),
            ("OVRS_EXCG_CD", order.Exchange.OrderCode), ("PDNO", order.Symbol), ("ORD_QTY", KisNumbers.Format(order.Quantity)),
            ("OVRS_ORD_UNPR", price), ("CTAC_TLNO", ""), ("MGCO_APTM_ODNO", ""), ("SLL_TYPE", order.Side == OrderSide.Sell ? "00" : ""),
            ("ORD_SVR_DVSN_CD", "0"), ("ORD_DVSN", OverseasOrderRules.Code(order.Type))) with { IsOrder = true, FallbackTrId = fallback };
        return KisOrderAcks.From(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Changes the price and quantity of a resting order.</summary>
    public Task<BrokerResult<KisOrderAck>> ModifyOrderAsync(KisExchange exchange, string symbol, string orderNumber, decimal quantity, decimal newPrice,
        CancellationToken cancellationToken)
    {
        if (quantity <= 0 || newPrice <= 0)
            return Task.FromResult(KisParse.Invalid<KisOrderAck>($"the modify was not sent: quantity and price must be above 0 (got {quantity} at {newPrice})"));
        return ReviseAsync(exchange, symbol, orderNumber, "01", quantity, newPrice, cancellationToken);
    }

    /// <summary>Cancels <paramref name="quantity"/> of a resting order (the host wants the quantity, not "all").</summary>
    public Task<BrokerResult<KisOrderAck>> CancelOrderAsync(KisExchange exchange, string symbol, string orderNumber, decimal quantity, CancellationToken cancellationToken)
    {
        if (quantity <= 0) return Task.FromResult(KisParse.Invalid<KisOrderAck>($"the cancel was not sent: the quantity must be above 0, not {quantity}"));
        return ReviseAsync(exchange, symbol, orderNumber, "02", quantity, null, cancellationToken);
    }

    private async Task<BrokerResult<KisOrderAck>> ReviseAsync(KisExchange exchange, string symbol, string orderNumber, string kind, decimal quantity,
        decimal? price, CancellationToken cancellationToken)
    {
        if (NotOverseas(exchange) is { } problem) return KisParse.Invalid<KisOrderAck>("not sent: " + problem);
        if (string.IsNullOrWhiteSpace(orderNumber)) return KisParse.Invalid<KisOrderAck>("not sent: the order number is missing");
        var request = KisRequest.Post(Trading + "order-rvsecncl", Tr(KisTrIds.OverseasModifyCancel), ("CANO", _options.AccountNumber),
            ("ACNT_PRDT_CD", _options.ProductCode), ("OVRS_EXCG_CD", exchange.OrderCode), ("PDNO", symbol), ("ORGN_ODNO", orderNumber),
            ("RVSE_CNCL_DVSN_CD", kind), ("ORD_QTY", KisNumbers.Format(quantity)), ("OVRS_ORD_UNPR", price is { } p ? KisNumbers.Format(p) : "0"),
            ("MGCO_APTM_ODNO", ""), ("ORD_SVR_DVSN_CD", "0")) with { IsOrder = true };
        return KisOrderAcks.From(await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false));
    }
}
