using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Bybit.Http;
using Ouroboros.Brokers.Bybit.Market;
using Ouroboros.Brokers.Bybit.Trading;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Bybit.Broker;

/// <summary>
/// The agent's broker on Bybit linear perpetuals, one-way mode. The kernel is long/flat today, so orders are spot-style:
/// a buy opens or adds to a long, and a sell is sent reduce-only so it can only shrink the long, never open a short
/// (shorts and leverage arrive with the kernel's issue). The client order id is the orderLinkId, which makes a resent
/// order a duplicate Bybit refuses and the adapter finds (<see cref="BybitClient.CreateOrderAsync"/>). Fills, cancels and
/// refusals come back as <see cref="Reports"/> from polling each working order (<c>BybitBroker.Fills.cs</c>); the account
/// is read for reconciliation (<c>BybitBroker.Account.cs</c>). Every call is a <see cref="BrokerResult{T}"/>.
/// </summary>
public sealed partial class BybitBroker : IBroker, IBrokerAccount, IOrderIdMap, IAsyncDisposable
{
    private readonly BybitClient _client;
    private readonly IReadOnlyDictionary<InstrumentId, BybitInstrument> _instruments;
    private readonly TimeProvider _time;
    private readonly BybitBrokerOptions _options;
    private readonly ILogger _log;
    private readonly BybitOrderBook _orders = new();
    private readonly ConcurrentDictionary<string, BybitInstrumentInfo> _rules = new(StringComparer.Ordinal);
    private readonly Channel<ExecutionReport> _reports = Channel.CreateUnbounded<ExecutionReport>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private Task? _polling;

    public BybitBroker(BybitClient client, IReadOnlyList<BybitInstrument> instruments, TimeProvider time, BybitBrokerOptions? options = null,
        ILogger<BybitBroker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(time);
        _client = client;
        _instruments = instruments.ToDictionary(i => i.Id);
        _time = time;
        _options = options ?? new BybitBrokerOptions();
        _log = logger ?? NullLogger<BybitBroker>.Instance;
    }

    /// <summary>What Bybit reports about the agent's orders, in the order it was heard.</summary>
    public ChannelReader<ExecutionReport> Reports => _reports.Reader;

    /// <summary>Starts looking up working orders every <see cref="BybitBrokerOptions.FillPollInterval"/>.</summary>
    public void Start() => _polling ??= Task.Run(() => PollLoopAsync(_stop.Token));

    public async ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!_instruments.TryGetValue(order.Instrument, out var instrument))
            return Fail<BrokerOrderId>(BrokerErrorKind.InvalidRequest, $"{order.Instrument} is not an instrument this Bybit account was set up to trade");
        if (order.Type == OrderType.Stop)
            return Fail<BrokerOrderId>(BrokerErrorKind.InvalidRequest, "Bybit takes no stop orders through this adapter; exits are sent as market orders when they trigger");
        if (BybitOrderLinkId.Problem(order.Id) is { } problem) return Fail<BrokerOrderId>(BrokerErrorKind.InvalidRequest, problem);
        var quantity = order.Quantity;
        if (order.CashAmount is { } budget)
        {
            var sized = await SizeAsync(instrument, budget, cancellationToken).ConfigureAwait(false);
            if (!sized.IsSuccess) return Fail<BrokerOrderId>(sized.Error!.Kind, sized.Error.Message);
            quantity = sized.Value;
            _reports.Writer.TryWrite(new QuantityResolved(order.Id, quantity, _time.GetUtcNow()));
        }
        var request = new BybitOrderRequest(instrument.Symbol, order.Side, quantity, order.Type == OrderType.Limit ? order.LimitPrice : null, order.Id.Value)
        {
            // Long/flat kernel: a sell may only reduce the long (see the class comment).
            ReduceOnly = order.Side == OrderSide.Sell,
            TimeInForce = order.Type == OrderType.Limit ? TimeInForceOf(order.TimeInForce) : null,
        };
        var ack = await _client.CreateOrderAsync(request, cancellationToken).ConfigureAwait(false);
        if (!ack.IsSuccess) return Fail<BrokerOrderId>(ack.Error!.Kind, ack.Error.Message);
        if (!_orders.TryGet(order.Id.Value, out _)) _orders.Add(new BybitOrderRef(order, instrument, ack.Value!.OrderId, quantity));
        return BrokerResult<BrokerOrderId>.Ok(new BrokerOrderId(ack.Value!.OrderId));
    }

    public async ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        if (!_orders.TryGet(orderId.Value, out var order))
            return Fail<bool>(BrokerErrorKind.InvalidRequest, $"order {orderId} is not one Bybit has from this agent");
        var result = await _client.CancelOrderAsync(order.Instrument.Symbol, orderId.Value, cancellationToken).ConfigureAwait(false);
        // The cancel is confirmed by the next look-up of the order, which reports it.
        return result.IsSuccess ? BrokerResult<bool>.Ok(true) : Fail<bool>(result.Error!.Kind, result.Error.Message);
    }

    public void Remember(OrderSnapshot journaled)
    {
        ArgumentNullException.ThrowIfNull(journaled);
        if (journaled.BrokerId is not { } id || !_instruments.TryGetValue(journaled.Request.Instrument, out var instrument)) return;
        if (_orders.TryGet(journaled.Request.Id.Value, out _)) return;
        var quantity = journaled.Request.CashAmount is null ? journaled.Request.Quantity : Math.Max(journaled.Request.Quantity, journaled.FilledQuantity);
        _orders.Add(new BybitOrderRef(journaled.Request, instrument, id.Value, quantity)
        {
            JournaledQuantity = journaled.FilledQuantity,
            ReportedQuantity = journaled.FilledQuantity,
            Ended = journaled.Status.IsTerminal(),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_polling is { } polling) await polling.ConfigureAwait(false);
        _reports.Writer.TryComplete();
        _stop.Dispose();
    }

    /// <summary>The quantity <paramref name="budget"/> buys at the last price, floored to the contract's quantity step.</summary>
    private async Task<BrokerResult<decimal>> SizeAsync(BybitInstrument instrument, decimal budget, CancellationToken cancellationToken)
    {
        var rules = await RulesAsync(instrument, cancellationToken).ConfigureAwait(false);
        if (!rules.IsSuccess) return Fail<decimal>(rules.Error!.Kind, $"no instrument rules to size the order with: {rules.Error.Message}");
        var ticker = await _client.GetTickerAsync(instrument.Symbol, cancellationToken).ConfigureAwait(false);
        if (!ticker.IsSuccess) return Fail<decimal>(ticker.Error!.Kind, $"no price to size the order with: {ticker.Error.Message}");
        if (ticker.Value!.LastPrice is not { } last) return Fail<decimal>(BrokerErrorKind.Unknown, $"Bybit gave no last price for {instrument.Symbol}");
        var quantity = rules.Value!.FloorToStep(budget / last);
        return quantity < rules.Value.MinOrderQty
            ? Fail<decimal>(BrokerErrorKind.Rejected, $"{budget} buys {quantity} {instrument.Symbol} at {last}, below the minimum order of {rules.Value.MinOrderQty}")
            : BrokerResult<decimal>.Ok(quantity);
    }

    private async Task<BrokerResult<BybitInstrumentInfo>> RulesAsync(BybitInstrument instrument, CancellationToken cancellationToken)
    {
        if (_rules.TryGetValue(instrument.Symbol, out var known)) return BrokerResult<BybitInstrumentInfo>.Ok(known);
        var listed = await _client.GetInstrumentsAsync(instrument.Symbol, cancellationToken).ConfigureAwait(false);
        if (!listed.IsSuccess) return Fail<BybitInstrumentInfo>(listed.Error!.Kind, listed.Error.Message);
        if (listed.Value!.FirstOrDefault(i => i.Symbol == instrument.Symbol) is not { } info)
            return Fail<BybitInstrumentInfo>(BrokerErrorKind.InvalidRequest, $"Bybit lists no linear contract {instrument.Symbol}");
        _rules[instrument.Symbol] = info;
        return BrokerResult<BybitInstrumentInfo>.Ok(info);
    }

    private static string TimeInForceOf(TimeInForce tif) => tif switch
    {
        TimeInForce.ImmediateOrCancel => "IOC",
        // Crypto trades around the clock: a day order has no session end at Bybit and rests until cancelled.
        _ => "GTC",
    };

    private static BrokerResult<T> Fail<T>(BrokerErrorKind kind, string message) => BrokerResult<T>.Fail(kind, message);
}
