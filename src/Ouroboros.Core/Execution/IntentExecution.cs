using Ouroboros.Core.Faults;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Core.Execution;

/// <summary>
/// Intent → sizing → order journaled → risk verdict (streamed) → journal writes awaited → broker. The only step of a
/// slice that may await a broker.
/// </summary>
internal sealed class IntentExecution(KernelState state, RiskAssembly risk)
{
    private readonly AtrTracker? _atr = state.Setup.Sizing.Mode == SizingMode.AtrRisk
        ? new AtrTracker(state.Instruments.Length, state.Setup.Sizing.AtrPeriod)
        : null;

    private readonly ICrashPoints _crash = state.Setup.CrashPoints;

    // Estimated proceeds of sells queued earlier in this batch (see ProcessAsync).
    private decimal _pendingSellProceeds;

    // The run's default size for intents without one (immutable; built on first use). ATR sizes are per intent.
    private SizeSpec? _defaultSize;

    /// <summary>Null unless the run sizes by ATR risk (then every bar must update it).</summary>
    public AtrTracker? Atr => _atr;

    /// <summary>Processes every queued intent, including those strategies submit from OnFill meanwhile (same-bar fills).</summary>
    public ValueTask ProcessAsync(CancellationToken cancellationToken) => ProcessAsync(atPartialPrices: false, cancellationToken);

    /// <summary>
    /// As <see cref="ProcessAsync(CancellationToken)"/>; at a rescan (<paramref name="atPartialPrices"/>) an instrument
    /// with a partial bar is sized and checked at its last price, the freshest price there is (the marks, and so the
    /// equity, stay at the closed bars).
    /// </summary>
    public async ValueTask ProcessAsync(bool atPartialPrices, CancellationToken cancellationToken)
    {
        _pendingSellProceeds = 0m;
        var pending = state.Pending;
        for (var n = 0; n < pending.Count; n++)
            await ProcessAsync(pending[n], atPartialPrices, cancellationToken).ConfigureAwait(false);
        pending.Clear();
        risk.ClearQueuedCloses();
    }

    private async ValueTask ProcessAsync(TradeIntent intent, bool atPartialPrices, CancellationToken cancellationToken)
    {
        if (!state.Index.TryGetValue(intent.Instrument, out var idx))
        {
            Skip(intent, $"{intent.Instrument} is not in this run's universe");
            return;
        }
        var instrument = state.Instruments[idx];
        if (InvalidLevels(intent) is { } invalid)
        {
            Skip(intent, invalid);
            return;
        }
        if (!risk.TryQueueClose(intent, idx))
        {
            Skip(intent, $"a close of {intent.Instrument} is already queued in this time slice");
            return;
        }
        var partial = atPartialPrices ? state.PartialBars.Of(idx) : null;
        if ((partial?.Last ?? state.Portfolio.LastPrice(idx)) is not { } price)
        {
            Skip(intent, "data missing: no price seen yet for this instrument");
            return;
        }
        // A stale price is never used as fresh: entries are skipped. A close still goes out, sized on the position
        // (not the price): reducing exposure while blind is the safe side; its proceeds are not counted below.
        var stale = state.StalePrices.Of(idx);
        if (stale is not null && intent.Action != IntentAction.Close)
        {
            Skip(intent, $"data missing: the price of {instrument.Id} is stale since {stale.LastEventAt:O} (feed silent for {stale.Silence.TotalSeconds:0} s)");
            return;
        }
        var sizing = state.Setup.Sizing;
        var spec = intent.Size;
        if (spec is null)
        {
            decimal? atr = null;
            if (sizing.Mode == SizingMode.AtrRisk && (atr = _atr!.Current(idx)) is null)
            {
                Skip(intent, $"data missing: ATR({sizing.AtrPeriod}) is not warmed up yet");
                return;
            }
            spec = sizing.Mode == SizingMode.AtrRisk ? sizing.ToSpec(atr) : _defaultSize ??= sizing.ToSpec(null);
        }

        var model = state.Models[idx];
        var position = state.Portfolio.QuantityOf(idx);
        var cash = state.Portfolio.Cash;
        // Sells queued earlier in this batch fill first at the next open (the broker fills sells before buys), so a
        // rotation may size its buys against their estimated proceeds; the broker still checks real cash at the fill.
        var sizingCash = cash + _pendingSellProceeds;
        var equity = state.Portfolio.Equity();
        var sized = PositionSizer.Size(intent, spec, instrument, model, position, price, sizingCash, equity);
        if (sized.IsSkipped)
        {
            Skip(intent, sized.SkipReason!);
            return;
        }

        var limit = intent.LimitPrice is { } lp ? (sized.Side == OrderSide.Buy ? instrument.TickSize.Floor(lp) : instrument.TickSize.Ceiling(lp)) : (decimal?)null;
        var stop = intent.StopPrice is { } sp ? (sized.Side == OrderSide.Buy ? instrument.TickSize.Ceiling(sp) : instrument.TickSize.Floor(sp)) : (decimal?)null;
        var orders = state.Orders;
        var request = new OrderRequest(orders.NextId(), instrument.Id, sized.Side, intent.OrderType, sized.Quantity, limit, stop,
            intent.TimeInForce, state.Time.GetUtcNow(), intent.Strategy, intent.Rationale, sized.CashAmount);
        var order = orders.Track(request);

        var value = sized.CashAmount ?? sized.Quantity * (limit ?? stop ?? price);
        var verdict = risk.Decide(intent, request, idx, price, value, position, cash, equity);
        if (!verdict.IsApproved)
        {
            order.MarkDenied($"{verdict.Gate}: {verdict.Reason}");
            orders.Persist(order);
            risk.Rearm(intent, instrument.Id);
            _crash.Hit(CrashPointNames.OrderAfterDenied);
            return;
        }
        risk.Remember(intent, request.Id);
        _crash.Hit(CrashPointNames.OrderAfterDecide);

        orders.Update(order, static o => o.MarkSubmitted());
        // The house rule: an order is durably journaled before any broker hears of it.
        await orders.FlushAsync().ConfigureAwait(false);
        _crash.Hit(CrashPointNames.OrderAfterPersist);
        var result = await state.Setup.Broker.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        _crash.Hit(CrashPointNames.OrderAfterSend);
        if (!result.IsSuccess)
        {
            if (order.Status == OrderStatus.Submitted)
            {
                order.MarkRejected($"{result.Error!.Kind}: {result.Error.Message}");
                orders.Persist(order);
            }
            risk.Rearm(intent, instrument.Id);
            return;
        }
        if (order.Status == OrderStatus.Submitted)
        {
            order.MarkAccepted(result.Value);
            orders.Persist(order);
        }
        _crash.Hit(CrashPointNames.OrderAfterAck);
        if (request.Side == OrderSide.Sell && order.Status.IsWorking() && stale is null)
            _pendingSellProceeds += request.Quantity * price - model.Fees.Fee(instrument, OrderSide.Sell, request.Quantity, price, Liquidity.Taker);
    }

    /// <summary>Levels the risk engine would act on later must be sane now, not fail after the order filled.</summary>
    private static string? InvalidLevels(TradeIntent intent) =>
        intent.StopLoss is <= 0 ? $"stop loss {intent.StopLoss} is not a positive price"
        : intent.TakeProfit is <= 0 ? $"take profit {intent.TakeProfit} is not a positive price"
        : intent.Leverage < 1 ? $"leverage {intent.Leverage} is below 1"
        : !double.IsFinite(intent.Confidence) || intent.Confidence is < 0 or > 1 ? $"confidence {intent.Confidence} is not in [0, 1]"
        : null;

    private void Skip(TradeIntent intent, string reason) =>
        state.Sinks.OnSkippedIntent(new SkippedIntent(state.Time.GetUtcNow(), intent.Instrument.Value, intent.Action.ToString(), reason));
}
