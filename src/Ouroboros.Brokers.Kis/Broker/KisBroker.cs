using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>
/// The agent's broker on KIS (kis-openapi.md §5–6): orders go out through the REST client, their fills, cancels and
/// refusals come back as <see cref="Reports"/> (from polling the day's orders; <c>KisBroker.Fills.cs</c>), and the
/// account is read for reconciliation (<c>KisBroker.Account.cs</c>). Vendor types and errors never cross: every call is
/// a <see cref="BrokerResult{T}"/>. An order whose answer was lost is Unknown, never sent again here: the agent looks
/// for it (<see cref="IBrokerAccount.FindSentOrderAsync"/>) before deciding.
/// </summary>
public sealed partial class KisBroker : IBroker, IBrokerAccount, IOrderIdMap, IAsyncDisposable
{
    private readonly KisClient _client;
    private readonly IReadOnlyDictionary<InstrumentId, KisInstrument> _instruments;
    private readonly TimeProvider _time;
    private readonly KisBrokerOptions _options;
    private readonly Func<InstrumentId, OrderSide, decimal, decimal, decimal> _fees;
    private readonly ILogger _log;
    private readonly KisOrderMap _orders = new();
    private readonly Channel<ExecutionReport> _reports = Channel.CreateUnbounded<ExecutionReport>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _nudge = new(0, 1);
    private Task? _polling;

    /// <param name="fees">The fee of a fill (instrument, side, quantity, price), in the instrument's currency: KIS does not report fees per fill.</param>
    public KisBroker(KisClient client, IReadOnlyList<KisInstrument> instruments, TimeProvider time, KisBrokerOptions? options = null,
        Func<InstrumentId, OrderSide, decimal, decimal, decimal>? fees = null, ILogger<KisBroker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(instruments);
        _client = client;
        _instruments = instruments.ToDictionary(i => i.Id);
        _time = time;
        _options = options ?? new KisBrokerOptions();
        _fees = fees ?? ((_, _, _, _) => 0m);
        _log = logger ?? NullLogger<KisBroker>.Instance;
    }

    /// <summary>What KIS reports about the agent's orders, in the order it was heard.</summary>
    public ChannelReader<ExecutionReport> Reports => _reports.Reader;

    /// <summary>Starts looking up working orders every <see cref="KisBrokerOptions.FillPollInterval"/>.</summary>
    public void Start() => _polling ??= Task.Run(() => PollLoopAsync(_stop.Token));

    public async ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!_instruments.TryGetValue(order.Instrument, out var instrument))
            return Fail<BrokerOrderId>(BrokerErrorKind.InvalidRequest, $"{order.Instrument} is not an instrument this KIS account was set up to trade");
        if (order.Type == OrderType.Stop)
            return Fail<BrokerOrderId>(BrokerErrorKind.InvalidRequest, "KIS takes no stop orders through this adapter; exits are sent as market orders when they trigger");
        var quantity = order.Quantity;
        decimal? last = null;
        if (order.CashAmount is not null || (!instrument.IsDomestic && order.Type == OrderType.Market))
        {
            var price = await LastPriceAsync(instrument, cancellationToken).ConfigureAwait(false);
            if (!price.IsSuccess) return Fail<BrokerOrderId>(price.Error!.Kind, $"no price to size or price the order with: {price.Error.Message}");
            last = price.Value;
        }
        if (order.CashAmount is { } budget)
        {
            quantity = decimal.Floor(budget / last!.Value);
            if (quantity <= 0) return Fail<BrokerOrderId>(BrokerErrorKind.Rejected, $"{budget} buys no whole share of {instrument.Symbol} at {last}");
            _reports.Writer.TryWrite(new QuantityResolved(order.Id, quantity, _time.GetUtcNow()));
        }
        var ack = instrument.IsDomestic
            ? await _client.Domestic.PlaceOrderAsync(new DomesticOrderRequest(instrument.Symbol, order.Side, quantity,
                order.Type == OrderType.Limit ? DomesticOrderType.Limit : DomesticOrderType.Market, order.LimitPrice)
                { IsExchangeTradedProduct = instrument.IsExchangeTradedProduct }, cancellationToken).ConfigureAwait(false)
            : await _client.Overseas.PlaceOrderAsync(new OverseasOrderRequest(instrument.Exchange, instrument.Symbol, order.Side, quantity,
                order.Type == OrderType.Limit ? order.LimitPrice : Marketable(order.Side, last!.Value),
                order.Type == OrderType.Limit ? OverseasOrderType.Limit : OverseasOrderType.MarketAsLimit), cancellationToken).ConfigureAwait(false);
        if (!ack.IsSuccess) return Fail<BrokerOrderId>(ack.Error!.Kind, ack.Error.Message);
        _orders.Add(new KisOrderRef(order, instrument, ack.Value!.BranchNumber, ack.Value.OrderNumber, quantity));
        return BrokerResult<BrokerOrderId>.Ok(KisOrderMap.IdOf(ack.Value.BranchNumber, ack.Value.OrderNumber));
    }

    public async ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        if (!_orders.TryGet(orderId, out var order)) return Fail<bool>(BrokerErrorKind.InvalidRequest, $"order {orderId} is not one KIS has from this agent");
        var result = order.Instrument.IsDomestic
            ? await _client.Domestic.CancelOrderAsync(order.Branch, order.OrderNumber, cancellationToken).ConfigureAwait(false)
            : await _client.Overseas.CancelOrderAsync(order.Instrument.Exchange, order.Instrument.Symbol, order.OrderNumber,
                order.Quantity - order.ReportedQuantity, cancellationToken).ConfigureAwait(false);
        // The cancel is confirmed by the next look-up of the order (its cancelled quantity), which reports it.
        return result.IsSuccess ? BrokerResult<bool>.Ok(true) : Fail<bool>(result.Error!.Kind, result.Error.Message);
    }

    public void Remember(OrderSnapshot journaled)
    {
        ArgumentNullException.ThrowIfNull(journaled);
        if (journaled.BrokerId is not { } id || !_instruments.TryGetValue(journaled.Request.Instrument, out var instrument)) return;
        if (_orders.TryGet(journaled.Request.Id, out _)) return;
        var (branch, number) = KisOrderMap.Parse(id);
        var quantity = journaled.Request.CashAmount is null ? journaled.Request.Quantity : Math.Max(journaled.Request.Quantity, journaled.FilledQuantity);
        _orders.Add(new KisOrderRef(journaled.Request, instrument, branch, number, quantity)
        {
            ReportedQuantity = journaled.FilledQuantity,
            ReportedAmount = journaled.FilledQuantity * journaled.AverageFillPrice,
            Ended = journaled.Status.IsTerminal(),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_polling is { } polling) await polling.ConfigureAwait(false);
        _reports.Writer.TryComplete();
        _stop.Dispose();
        _nudge.Dispose();
    }

    private async Task<BrokerResult<decimal>> LastPriceAsync(KisInstrument instrument, CancellationToken cancellationToken)
    {
        if (instrument.IsDomestic)
        {
            var quote = await _client.Domestic.GetPriceAsync(instrument.Symbol, cancellationToken).ConfigureAwait(false);
            return quote.IsSuccess ? BrokerResult<decimal>.Ok(quote.Value!.Price) : Fail<decimal>(quote.Error!.Kind, quote.Error.Message);
        }
        var overseas = await _client.Overseas.GetPriceAsync(instrument.Exchange, instrument.Symbol, cancellationToken).ConfigureAwait(false);
        return overseas.IsSuccess ? BrokerResult<decimal>.Ok(overseas.Value!.Price) : Fail<decimal>(overseas.Error!.Kind, overseas.Error.Message);
    }

    /// <summary>A limit through the last price by the configured offset, on the cent (a buy rounds up, a sell down).</summary>
    private decimal Marketable(OrderSide side, decimal last)
    {
        var through = side == OrderSide.Buy ? last * (1 + _options.MarketAsLimitOffset) : last * (1 - _options.MarketAsLimitOffset);
        var cents = through * 100m;
        return (side == OrderSide.Buy ? decimal.Ceiling(cents) : decimal.Floor(cents)) / 100m;
    }

    private static BrokerResult<T> Fail<T>(BrokerErrorKind kind, string message) => BrokerResult<T>.Fail(kind, message);
}
