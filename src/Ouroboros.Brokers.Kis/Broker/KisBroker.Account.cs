using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>
/// The account as KIS holds it, for reconciliation and recovery: cash in the agent's currency, the positions of the
/// instruments it trades, and today's working orders. Every list is complete (all pages) or the answer is an error:
/// a failed or partial query is unknown, never an empty account.
/// </summary>
public sealed partial class KisBroker
{
    public async ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken)
    {
        var currency = _instruments.Values.First().Exchange.Currency;
        var cash = await CashAsync(currency, cancellationToken).ConfigureAwait(false);
        if (!cash.IsSuccess) return Fail<BrokerAccountSnapshot>(cash.Error!.Kind, $"cash: {cash.Error.Message}");
        var positions = new Dictionary<InstrumentId, decimal>();
        var averages = new Dictionary<InstrumentId, decimal>();
        var working = new List<BrokerOrderState>();
        foreach (var exchange in _instruments.Values.Select(i => i.Exchange).Distinct())
        {
            var holdings = await HoldingsAsync(exchange, cancellationToken).ConfigureAwait(false);
            if (!holdings.IsSuccess) return Fail<BrokerAccountSnapshot>(holdings.Error!.Kind, $"holdings on {exchange.Name}: {holdings.Error.Message}");
            foreach (var (symbol, quantity, average) in holdings.Value!)
            {
                if (quantity == 0 || Find(exchange, symbol) is not { } instrument) continue;
                positions[instrument.Id] = quantity;
                if (average is > 0) averages[instrument.Id] = average.Value;
            }
            var orders = await TodaysOrdersAsync(exchange, cancellationToken).ConfigureAwait(false);
            if (!orders.IsSuccess) return Fail<BrokerAccountSnapshot>(orders.Error!.Kind, $"orders on {exchange.Name}: {orders.Error.Message}");
            working.AddRange(orders.Value!.Where(v => !v.Ended && Find(exchange, v.Symbol) is not null).Select(v => StateOf(exchange, v)));
        }
        return BrokerResult<BrokerAccountSnapshot>.Ok(new BrokerAccountSnapshot(_time.GetUtcNow(), cash.Value, positions, working) { AveragePrices = averages });
    }

    public async ValueTask<BrokerResult<BrokerOrderState?>> QueryOrderAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        if (!_orders.TryGet(orderId, out var order)) return BrokerResult<BrokerOrderState?>.Ok(null);
        var orders = await TodaysOrdersAsync(order.Instrument.Exchange, cancellationToken).ConfigureAwait(false);
        if (!orders.IsSuccess) return Fail<BrokerOrderState?>(orders.Error!.Kind, orders.Error.Message);
        var view = orders.Value!.FirstOrDefault(v => v.OrderNumber == order.OrderNumber);
        // The host listing today's orders without one it acknowledged is unknown, not "never received".
        return view is null
            ? Fail<BrokerOrderState?>(BrokerErrorKind.Unknown, $"KIS does not list order {order.OrderNumber} today")
            : BrokerResult<BrokerOrderState?>.Ok(StateOf(order.Instrument.Exchange, view));
    }

    /// <summary>
    /// An order the agent persisted and may have sent: mapped, it is looked up; else today's unmapped orders of the same
    /// instrument, side and quantity (and limit price), placed no earlier than the order was made (less
    /// <see cref="KisBrokerOptions.MatchSlack"/>), are candidates and the earliest is taken as it. None: never received.
    /// </summary>
    public async ValueTask<BrokerResult<BrokerOrderState?>> FindSentOrderAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_orders.TryGet(order.Id, out _)) return await QueryOrderAsync(order.Id, cancellationToken).ConfigureAwait(false);
        if (!_instruments.TryGetValue(order.Instrument, out var instrument)) return BrokerResult<BrokerOrderState?>.Ok(null);
        var orders = await TodaysOrdersAsync(instrument.Exchange, cancellationToken).ConfigureAwait(false);
        if (!orders.IsSuccess) return Fail<BrokerOrderState?>(orders.Error!.Kind, orders.Error.Message);
        var since = TimeOnly.FromDateTime((order.CreatedAt - _options.MatchSlack).ToOffset(TimeSpan.FromHours(9)).DateTime);
        var match = orders.Value!
            .Where(v => !_orders.IsMapped(v.OrderNumber) && v.Symbol == instrument.Symbol && v.Side == order.Side)
            .Where(v => order.CashAmount is not null || v.OrderQuantity == order.Quantity)
            .Where(v => order.Type != OrderType.Limit || v.OrderPrice == order.LimitPrice)
            .Where(v => v.OrderTime is not { } t || t >= since)
            .OrderBy(v => v.OrderTime).ThenBy(v => v.OrderNumber, StringComparer.Ordinal)
            .FirstOrDefault();
        if (match is null) return BrokerResult<BrokerOrderState?>.Ok(null);
        var found = new KisOrderRef(order, instrument, match.BranchNumber ?? "", match.OrderNumber, match.OrderQuantity);
        var state = StateOf(instrument.Exchange, match, found);
        // The agent hears this order's fills from the state returned now; later look-ups report only what grows after it.
        found.ReportedQuantity = state.FilledQuantity;
        found.ReportedAmount = state.Fills.Sum(f => f.Quantity * f.Price);
        found.Ended = match.Ended;
        _orders.Add(found);
        return BrokerResult<BrokerOrderState?>.Ok(state);
    }

    private KisInstrument? Find(KisExchange exchange, string symbol) =>
        _instruments.Values.FirstOrDefault(i => i.Symbol == symbol && (i.Exchange == exchange || (i.Exchange.IsUs && exchange.IsUs)));

    /// <summary>A listed order as the reconciler sees it: ours by client id, else an external order KIS works for the account.</summary>
    private BrokerOrderState StateOf(KisExchange exchange, KisOrderView view, KisOrderRef? ours = null)
    {
        ours ??= _orders.ByNumber(view.OrderNumber);
        var id = ours?.Request.Id ?? new ClientOrderId($"kis-{exchange.OrderCode}-{view.OrderNumber}");
        var fills = ours is not null && FillOf(ours, view) is { } fill ? [fill] : Array.Empty<Fill>();
        return new BrokerOrderState(id, KisOrderMap.IdOf(view.BranchNumber, view.OrderNumber), view.Status,
            Math.Min(view.FilledQuantity, ours?.Quantity ?? view.FilledQuantity), fills);
    }
}
