using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>
/// The account as Bybit holds it, for reconciliation and recovery: the settle coin's wallet balance, the positions of
/// the instruments the agent trades (signed: a short is negative) and the open orders. Every list is complete (all
/// pages) or the answer is an error: a failed or partial query is unknown, never an empty account.
/// </summary>
public sealed partial class BybitBroker
{
    public async ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken)
    {
        var wallet = await _client.GetWalletBalanceAsync(cancellationToken).ConfigureAwait(false);
        if (!wallet.IsSuccess) return Fail<BrokerAccountSnapshot>(wallet.Error!.Kind, $"wallet: {wallet.Error.Message}");
        var coin = _client.Options.SettleCoin;
        if (wallet.Value!.Coin(coin)?.WalletBalance is not { } cash)
            return Fail<BrokerAccountSnapshot>(BrokerErrorKind.Unknown, $"wallet: Bybit gave no {coin} wallet balance");
        var positions = await _client.GetPositionsAsync(null, cancellationToken).ConfigureAwait(false);
        if (!positions.IsSuccess) return Fail<BrokerAccountSnapshot>(positions.Error!.Kind, $"positions: {positions.Error.Message}");
        var orders = await _client.GetOpenOrdersAsync(null, cancellationToken).ConfigureAwait(false);
        if (!orders.IsSuccess) return Fail<BrokerAccountSnapshot>(orders.Error!.Kind, $"open orders: {orders.Error.Message}");

        var held = new Dictionary<InstrumentId, decimal>();
        var averages = new Dictionary<InstrumentId, decimal>();
        foreach (var position in positions.Value!)
        {
            if (position.SignedSize == 0 || BySymbol(position.Symbol) is not { } instrument) continue;
            held[instrument.Id] = held.GetValueOrDefault(instrument.Id) + position.SignedSize;
            if (position.AveragePrice is { } average) averages[instrument.Id] = average;
        }
        var working = orders.Value!.Where(o => BySymbol(o.Symbol) is not null)
            .Select(o => StateOf(o, Ours(o)?.Request, BySymbol(o.Symbol), [])).ToList();
        return BrokerResult<BrokerAccountSnapshot>.Ok(new BrokerAccountSnapshot(_time.GetUtcNow(), cash, held, working) { AveragePrices = averages });
    }

    /// <summary>The order Bybit holds under this client order id (= orderLinkId) with all its fills; null: Bybit never received it.</summary>
    public async ValueTask<BrokerResult<BrokerOrderState?>> QueryOrderAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        var symbol = _orders.TryGet(orderId.Value, out var ours) ? ours.Instrument.Symbol : null;
        return await LookUpAsync(orderId, symbol, ours?.Request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether Bybit received <paramref name="order"/>: its orderLinkId is looked up, no matching by shape is needed. A
    /// found order is tracked from then on, and the fills returned now are not reported again.
    /// </summary>
    public async ValueTask<BrokerResult<BrokerOrderState?>> FindSentOrderAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_orders.TryGet(order.Id.Value, out _) || !_instruments.TryGetValue(order.Instrument, out var instrument))
            return await QueryOrderAsync(order.Id, cancellationToken).ConfigureAwait(false);
        var view = await _client.FindOrderAsync(instrument.Symbol, order.Id.Value, cancellationToken).ConfigureAwait(false);
        if (!view.IsSuccess) return Fail<BrokerOrderState?>(view.Error!.Kind, view.Error.Message);
        if (view.Value is not { } found) return BrokerResult<BrokerOrderState?>.Ok(null);
        var executions = await _client.GetExecutionsAsync(instrument.Symbol, order.Id.Value, cancellationToken).ConfigureAwait(false);
        if (!executions.IsSuccess) return Fail<BrokerOrderState?>(executions.Error!.Kind, executions.Error.Message);
        var tracked = new BybitOrderRef(order, instrument, found.OrderId, found.Quantity);
        NewFills(tracked, executions.Value!);
        tracked.Ended = found.Ended && found.CumExecQty <= tracked.ReportedQuantity;
        _orders.Add(tracked);
        return BrokerResult<BrokerOrderState?>.Ok(StateOf(found, order, instrument, executions.Value!));
    }

    private async Task<BrokerResult<BrokerOrderState?>> LookUpAsync(ClientOrderId orderId, string? symbol, OrderRequest? request, CancellationToken cancellationToken)
    {
        var view = await _client.FindOrderAsync(symbol, orderId.Value, cancellationToken).ConfigureAwait(false);
        if (!view.IsSuccess) return Fail<BrokerOrderState?>(view.Error!.Kind, view.Error.Message);
        if (view.Value is not { } found) return BrokerResult<BrokerOrderState?>.Ok(null);
        var instrument = BySymbol(found.Symbol);
        var executions = await _client.GetExecutionsAsync(found.Symbol, orderId.Value, cancellationToken).ConfigureAwait(false);
        if (!executions.IsSuccess) return Fail<BrokerOrderState?>(executions.Error!.Kind, executions.Error.Message);
        return BrokerResult<BrokerOrderState?>.Ok(StateOf(found, request, instrument, executions.Value!));
    }

    private BybitInstrument? BySymbol(string symbol) => _instruments.Values.FirstOrDefault(i => i.Symbol == symbol);

    private BybitOrderRef? Ours(BybitOrder view) => view.OrderLinkId.Length > 0 && _orders.TryGet(view.OrderLinkId, out var order) ? order : null;
}
