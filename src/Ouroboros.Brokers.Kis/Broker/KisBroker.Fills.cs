using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>
/// Fills, cancels and refusals of the agent's working orders, from the day's order lists (inquire-daily-ccld at home,
/// inquire-ccnl abroad). Each look-up reports what grew since the last: a fill is the growth of the filled quantity at
/// the price the growth of the filled amount gives, with an id made of the order number and the filled quantity so far,
/// so that hearing the same state twice (or after a restart) tells the same fill, which the agent hears once.
/// </summary>
public sealed partial class KisBroker
{
    private async Task PollLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await NextLookUpAsync(stop).ConfigureAwait(false);
                await PollOnceAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Looks the working orders up at once instead of at the next interval: an execution notice on the WebSocket says
    /// something happened, and the look-up (not the notice) says what, so a lost or garbled notice costs only latency.
    /// </summary>
    public void LookUpNow()
    {
        try
        {
            _nudge.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another notice got there first: one look-up answers both.
        }
        catch (ObjectDisposedException)
        {
            // A notice heard while the broker closes: nothing is looked up any more.
        }
    }

    private async Task NextLookUpAsync(CancellationToken stop)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var interval = Task.Delay(_options.FillPollInterval, _time, wait.Token);
        var nudged = _nudge.WaitAsync(wait.Token);
        await Task.WhenAny(interval, nudged).ConfigureAwait(false);
        stop.ThrowIfCancellationRequested();
        await wait.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>One look-up of every working order; a failed list is unknown and tells nothing (the next look-up tries again).</summary>
    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        var working = _orders.Working;
        if (working.Count == 0) return;
        foreach (var group in working.GroupBy(o => o.Instrument.Exchange))
        {
            var views = await TodaysOrdersAsync(group.Key, cancellationToken).ConfigureAwait(false);
            if (!views.IsSuccess)
            {
                Log.FillLookupFailed(_log, group.Key.Name, views.Error!.Kind, views.Error.Message);
                continue;
            }
            var byNumber = views.Value!.GroupBy(v => v.OrderNumber, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var order in group)
                if (byNumber.TryGetValue(order.OrderNumber, out var view)) Report(order, view);
        }
    }

    /// <summary>Today's orders on one exchange (a day either side abroad, whose dates are the exchange's own).</summary>
    private async Task<BrokerResult<IReadOnlyList<KisOrderView>>> TodaysOrdersAsync(KisExchange exchange, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);
        if (exchange.IsDomestic)
        {
            var domestic = await _client.Domestic.GetOrdersAsync(new DomesticOrdersQuery(today, today), cancellationToken).ConfigureAwait(false);
            return domestic.IsSuccess
                ? BrokerResult<IReadOnlyList<KisOrderView>>.Ok([.. domestic.Value!.Select(KisOrderView.From)])
                : BrokerResult<IReadOnlyList<KisOrderView>>.Fail(domestic.Error!.Kind, domestic.Error.Message);
        }
        var overseas = await _client.Overseas.GetOrdersAsync(new OverseasOrdersQuery(today.AddDays(-1), today, exchange), cancellationToken).ConfigureAwait(false);
        return overseas.IsSuccess
            ? BrokerResult<IReadOnlyList<KisOrderView>>.Ok([.. overseas.Value!.Select(KisOrderView.From)])
            : BrokerResult<IReadOnlyList<KisOrderView>>.Fail(overseas.Error!.Kind, overseas.Error.Message);
    }

    private void Report(KisOrderRef order, KisOrderView view)
    {
        if (FillOf(order, view) is { } fill)
        {
            _reports.Writer.TryWrite(new OrderFilled(fill));
            order.ReportedQuantity = view.FilledQuantity;
            order.ReportedAmount += fill.Quantity * fill.Price;
        }
        if (order.ReportedQuantity >= order.Quantity)
        {
            order.Ended = true;
            return;
        }
        if (!view.Ended || view.FilledQuantity > order.ReportedQuantity) return;
        order.Ended = true;
        var now = _time.GetUtcNow();
        _reports.Writer.TryWrite(view.Rejected
            ? new OrderRejected(order.Request.Id, $"KIS refused order {order.OrderNumber}", now)
            : new OrderCancelled(order.Request.Id, $"KIS cancelled the rest of order {order.OrderNumber} ({view.FilledQuantity} of {order.Quantity} filled)", now));
    }

    /// <summary>The fill that makes the reported quantity the view's; null when nothing grew or its price is not known (never a zero price).</summary>
    private Fill? FillOf(KisOrderRef order, KisOrderView view)
    {
        var grown = Math.Min(view.FilledQuantity, order.Quantity) - order.ReportedQuantity;
        if (grown <= 0) return null;
        var amount = view.FilledAmount ?? view.AveragePrice * view.FilledQuantity;
        decimal? price = amount is { } a && a - order.ReportedAmount > 0 ? (a - order.ReportedAmount) / grown : view.AveragePrice;
        if (price is not { } p || p <= 0)
        {
            Log.FillPriceUnknown(_log, order.OrderNumber, grown);
            return null;
        }
        p = decimal.Round(p, 8);
        var id = new FillId($"kis-{order.OrderNumber}-{view.FilledQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return new Fill(id, order.Request.Id, order.Request.Instrument, order.Request.Side, grown, p,
            _fees(order.Request.Instrument, order.Request.Side, grown, p), _time.GetUtcNow(), Liquidity.Taker);
    }
}

internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "KIS order look-up on {Exchange} failed ({Kind}: {Reason}); fills are looked up again at the next poll")]
    public static partial void FillLookupFailed(ILogger logger, string exchange, BrokerErrorKind kind, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "KIS order {OrderNumber} filled {Quantity} more at a price KIS did not give; waiting for a look-up that gives it")]
    public static partial void FillPriceUnknown(ILogger logger, string orderNumber, decimal quantity);
}
