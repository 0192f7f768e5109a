using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Core.Kernel;

public sealed partial class TradingKernel
{
    private decimal _pendingSellProceeds;

    // The run's default size for intents without one (immutable; built on first use). ATR sizes are per intent.
    private SizeSpec? _defaultSize;

    /// <summary>Intent → sizing → order persisted → risk verdict (journaled) → broker.</summary>
    private async ValueTask ProcessIntentsAsync(CancellationToken cancellationToken)
    {
        // Strategies may submit more intents from OnFill while we submit (same-bar fills); process until drained.
        _pendingSellProceeds = 0m;
        if (KillPending) await ApplyKillAsync(cancellationToken).ConfigureAwait(false);
        for (var n = 0; n < _pending.Count; n++)
        {
            var intent = _pending[n];
            await ProcessIntentAsync(intent, cancellationToken).ConfigureAwait(false);
        }
        _pending.Clear();
        ClearQueuedCloses();
    }

    private async ValueTask ProcessIntentAsync(TradeIntent intent, CancellationToken cancellationToken)
    {
        if (!_index.TryGetValue(intent.Instrument, out var idx))
        {
            Skip(intent, $"{intent.Instrument} is not in this run's universe");
            return;
        }
        var instrument = _instruments[idx];
        if (InvalidLevels(intent) is { } invalid)
        {
            Skip(intent, invalid);
            return;
        }
        if (!TryQueueClose(intent, idx))
        {
            Skip(intent, $"a close of {intent.Instrument} is already queued in this time slice");
            return;
        }
        if (_portfolio.LastPrice(idx) is not { } price)
        {
            Skip(intent, "data missing: no price seen yet for this instrument");
            return;
        }
        var spec = intent.Size;
        if (spec is null)
        {
            decimal? atr = null;
            if (_setup.Sizing.Mode == SizingMode.AtrRisk && (atr = _atr!.Current(idx)) is null)
            {
                Skip(intent, $"data missing: ATR({_setup.Sizing.AtrPeriod}) is not warmed up yet");
                return;
            }
            spec = _setup.Sizing.Mode == SizingMode.AtrRisk ? _setup.Sizing.ToSpec(atr) : _defaultSize ??= _setup.Sizing.ToSpec(null);
        }

        var position = _portfolio.QuantityOf(idx);
        var cash = _portfolio.Cash;
        // Sells queued earlier in this batch fill first at the next open (the broker fills sells before buys), so a
        // rotation may size its buys against their estimated proceeds; the broker still checks real cash at the fill.
        var sizingCash = cash + _pendingSellProceeds;
        var equity = _portfolio.Equity();
        var sized = PositionSizer.Size(intent, spec, instrument, _models[idx], position, price, sizingCash, equity);
        if (sized.IsSkipped)
        {
            Skip(intent, sized.SkipReason!);
            return;
        }

        var limit = intent.LimitPrice is { } lp ? (sized.Side == OrderSide.Buy ? instrument.TickSize.Floor(lp) : instrument.TickSize.Ceiling(lp)) : (decimal?)null;
        var stop = intent.StopPrice is { } sp ? (sized.Side == OrderSide.Buy ? instrument.TickSize.Ceiling(sp) : instrument.TickSize.Floor(sp)) : (decimal?)null;
        var now = _setup.Clock.GetUtcNow();
        var request = new OrderRequest(_orders.NextId(), instrument.Id, sized.Side, intent.OrderType, sized.Quantity, limit, stop,
            intent.TimeInForce, now, intent.Strategy, intent.Rationale, sized.CashAmount);
        var order = _orders.Track(request);

        var value = sized.CashAmount ?? sized.Quantity * (limit ?? stop ?? price);
        // With no gates (--no-risk) every order is approved; skip building the check the gates would read.
        var check = _setup.Risk.IsEnabled ? BuildCheck(intent, request, idx, price, value, position, cash, equity) : null;
        var verdict = check is null ? RiskVerdict.Approved : _setup.Risk.Evaluate(check);
        RecordVerdict(request, value, verdict, check);
        if (!verdict.IsApproved)
        {
            order.MarkDenied($"{verdict.Gate}: {verdict.Reason}");
            _orders.Persist(order);
            if (intent.Origin == IntentOrigin.RiskExit) _setup.Exits?.Rearm(instrument.Id);
            return;
        }
        if (intent.StopLoss is not null || intent.TakeProfit is not null || intent.Leverage != 1m) _intentOf[request.Id] = intent;

        _orders.Update(order, o => o.MarkSubmitted());
        var result = await _setup.Broker.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            if (order.Status == OrderStatus.Submitted)
            {
                order.MarkRejected($"{result.Error!.Kind}: {result.Error.Message}");
                _orders.Persist(order);
            }
            if (intent.Origin == IntentOrigin.RiskExit) _setup.Exits?.Rearm(instrument.Id);
            return;
        }
        if (order.Status == OrderStatus.Submitted)
        {
            order.MarkAccepted(result.Value);
            _orders.Persist(order);
        }
        if (request.Side == OrderSide.Sell && order.Status.IsWorking())
            _pendingSellProceeds += request.Quantity * price - _models[idx].Fees.Fee(instrument, OrderSide.Sell, request.Quantity, price, Liquidity.Taker);
    }

    /// <summary>Levels the risk engine would act on later must be sane now, not fail after the order filled.</summary>
    private static string? InvalidLevels(TradeIntent intent) =>
        intent.StopLoss is <= 0 ? $"stop loss {intent.StopLoss} is not a positive price"
        : intent.TakeProfit is <= 0 ? $"take profit {intent.TakeProfit} is not a positive price"
        : intent.Leverage < 1 ? $"leverage {intent.Leverage} is below 1"
        : !double.IsFinite(intent.Confidence) || intent.Confidence is < 0 or > 1 ? $"confidence {intent.Confidence} is not in [0, 1]"
        : null;

    private void Skip(TradeIntent intent, string reason) =>
        _skipped.Add(new SkippedIntent(_setup.Clock.GetUtcNow(), intent.Instrument.Value, intent.Action.ToString(), reason));
}
