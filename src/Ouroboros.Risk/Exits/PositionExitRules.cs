using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Risk.Exits;

/// <summary>
/// Per-position exit rules: stop loss, trailing stop and take profit. They emit exit intents, not denials.
/// <para>
/// Soft stops: levels are checked against bar closes (<see cref="OnPrice"/>), not intrabar, and the exit is a market
/// order for the next fill, so a gap can fill well beyond the level. The kernel sends it; this class only says when.
/// </para>
/// <para>
/// Long (short mirrors every comparison): the stop is at average × (1 − <see cref="EffectiveStopFraction"/>), so at
/// leverage L the margin lost at the stop stays within <see cref="MaxMarginLoss"/>. An intent's own stop price
/// replaces it only when tighter — leverage-adjusted, the stop never lies further away than the effective fraction.
/// Take profit is at average × (1 + <see cref="TakeProfit"/>), or exactly the intent's level when it gave one. The
/// trailing stop protects gains: it is armed once the best close since entry is above the average price and then
/// fires at best × (1 − <see cref="TrailingStop"/>). A close exactly at a level triggers it. When several rules
/// trigger on one close the stop loss wins over the trailing stop, which wins over the take profit.
/// </para>
/// <para>
/// A position signals at most once, so a working exit order is not doubled; <see cref="Rearm"/> re-enables it when
/// that order was denied or rejected. Single-threaded like the kernel that calls it; no allocation unless it signals.
/// </para>
/// </summary>
public sealed class PositionExitRules
{
    private readonly Dictionary<InstrumentId, Tracked> _positions = [];

    public PositionExitRules(decimal stopLoss, decimal trailingStop, decimal takeProfit, decimal maxMarginLoss)
    {
        if (stopLoss is >= 0 or <= -1)
            throw new ArgumentOutOfRangeException(nameof(stopLoss), stopLoss, "The stop loss is a negative fraction of the average price in (-1, 0), e.g. -0.02.");
        if (trailingStop is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(trailingStop), trailingStop, "The trailing stop is a fraction of the best close in (0, 1), e.g. 0.03.");
        if (takeProfit <= 0)
            throw new ArgumentOutOfRangeException(nameof(takeProfit), takeProfit, "The take profit is a positive fraction of the average price, e.g. 0.06.");
        if (maxMarginLoss is <= 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(maxMarginLoss), maxMarginLoss, "The largest loss of margin is a fraction in (0, 1], e.g. 0.06.");
        StopLoss = stopLoss;
        TrailingStop = trailingStop;
        TakeProfit = takeProfit;
        MaxMarginLoss = maxMarginLoss;
    }

    /// <summary>The rules with the policy's stop loss, trailing stop, take profit and margin-loss limit.</summary>
    public static PositionExitRules From(RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new PositionExitRules(limits.StopLoss, limits.TrailingStop, limits.TakeProfit, limits.MaxMarginLossFraction);
    }

    public decimal StopLoss { get; }
    public decimal TrailingStop { get; }
    public decimal TakeProfit { get; }
    public decimal MaxMarginLoss { get; }

    /// <summary>The stop distance as a positive fraction of the average price: min(|stop loss|, max margin loss / leverage).</summary>
    public decimal EffectiveStopFraction(decimal leverage)
    {
        if (leverage < 1)
            throw new ArgumentOutOfRangeException(nameof(leverage), leverage, "Leverage is at least 1 (1 is a cash trade).");
        // Truncated so that leverage × fraction never exceeds the margin limit by a rounding digit (0.06 / 9 rounds up).
        return Math.Min(-StopLoss, Math.Round(MaxMarginLoss / leverage, 12, MidpointRounding.ToZero));
    }

    public bool IsTracking(InstrumentId instrument) => _positions.ContainsKey(instrument);

    /// <summary>A position was opened from flat (or reversed); replaces whatever was tracked for the instrument.</summary>
    public void OnPositionOpened(InstrumentId instrument, int direction, decimal averagePrice, decimal leverage, decimal? stopLossPrice, decimal? takeProfitPrice)
    {
        if (direction is not (1 or -1))
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "The direction is +1 for a long and -1 for a short.");
        Guard.Positive(averagePrice, nameof(averagePrice));
        if (stopLossPrice is { } sl) Guard.Positive(sl, nameof(stopLossPrice));
        if (takeProfitPrice is { } tp) Guard.Positive(tp, nameof(takeProfitPrice));
        var position = new Tracked
        {
            Direction = direction,
            Leverage = leverage,
            StopFraction = EffectiveStopFraction(leverage),
            IntentStop = stopLossPrice,
            IntentTakeProfit = takeProfitPrice,
            Best = averagePrice,
        };
        SetAverage(position, averagePrice);
        _positions[instrument] = position;
    }

    /// <summary>Adding to a position moved its average price: the default stop and take profit move with it.</summary>
    public void OnAveragePriceChanged(InstrumentId instrument, decimal averagePrice)
    {
        Guard.Positive(averagePrice, nameof(averagePrice));
        // A position opened before these rules were watching has nothing to move; the kernel opens it on its next entry.
        if (_positions.TryGetValue(instrument, out var position)) SetAverage(position, averagePrice);
    }

    public void OnPositionClosed(InstrumentId instrument) => _positions.Remove(instrument);

    /// <summary>The exit order for the instrument was denied or rejected and the position is still open: signal again.</summary>
    public void Rearm(InstrumentId instrument)
    {
        if (_positions.TryGetValue(instrument, out var position)) position.Signalled = false;
    }

    /// <summary>
    /// A bar close of a held instrument: updates the best close and returns an exit signal when a level is crossed,
    /// at most once per position until <see cref="Rearm"/>. Null for untracked instruments.
    /// </summary>
    public ExitSignal? OnPrice(InstrumentId instrument, decimal price, DateTimeOffset time)
    {
        Guard.Positive(price, nameof(price));
        if (!_positions.TryGetValue(instrument, out var p)) return null;
        var longSide = p.Direction > 0;
        // The best close keeps moving even while an exit is working, so a re-armed trailing stop starts from the truth.
        if (longSide ? price > p.Best : price < p.Best) p.Best = price;
        if (p.Signalled) return null;

        var trail = p.Best * (1m - (p.Direction * TrailingStop));
        var trailArmed = longSide ? p.Best > p.Average : p.Best < p.Average;
        string rule;
        decimal level;
        if (longSide ? price <= p.Stop : price >= p.Stop) (rule, level) = (ExitSignal.StopLossRule, p.Stop);
        else if (trailArmed && (longSide ? price <= trail : price >= trail)) (rule, level) = (ExitSignal.TrailingStopRule, trail);
        else if (longSide ? price >= p.TakeProfitLevel : price <= p.TakeProfitLevel) (rule, level) = (ExitSignal.TakeProfitRule, p.TakeProfitLevel);
        else return null;

        p.Signalled = true;
        return new ExitSignal(instrument, rule, level, price, time, Describe(instrument, p, rule, level, price));
    }

    private void SetAverage(Tracked p, decimal averagePrice)
    {
        p.Average = averagePrice;
        var defaultStop = averagePrice * (1m - (p.Direction * p.StopFraction));
        p.Stop = p.IntentStop is not { } intent ? defaultStop
            : p.Direction > 0 ? Math.Max(intent, defaultStop) : Math.Min(intent, defaultStop);
        p.TakeProfitLevel = p.IntentTakeProfit ?? averagePrice * (1m + (p.Direction * TakeProfit));
    }

    private string Describe(InstrumentId instrument, Tracked p, string rule, decimal level, decimal price)
    {
        var side = p.Direction > 0 ? "long" : "short";
        var (towards, away) = p.Direction > 0 ? ("below", "above") : ("above", "below");
        var what = rule switch
        {
            ExitSignal.StopLossRule => p.IntentStop == level
                ? $"at or {towards} the intent's stop {level:0.########}"
                : $"at or {towards} its stop {level:0.########}, {p.StopFraction * 100m:0.####}% {towards} the average price {p.Average:0.########}"
                    + (p.Leverage > 1m ? $" (at leverage {p.Leverage:0.##} the margin loss stays within {MaxMarginLoss * 100m:0.##}%)" : ""),
            ExitSignal.TrailingStopRule =>
                $"at or {towards} its trailing stop {level:0.########}, {TrailingStop * 100m:0.##}% {towards} the best close {p.Best:0.########} since entry",
            _ => p.IntentTakeProfit == level
                ? $"at or {away} the intent's take-profit {level:0.########}"
                : $"at or {away} its take-profit {level:0.########}, {TakeProfit * 100m:0.##}% {away} the average price {p.Average:0.########}",
        };
        return $"{side} {instrument} closed at {price:0.########}, {what}; exit at market on the next fill";
    }

    private sealed class Tracked
    {
        public int Direction { get; init; }
        public decimal Leverage { get; init; }
        public decimal StopFraction { get; init; }
        public decimal? IntentStop { get; init; }
        public decimal? IntentTakeProfit { get; init; }
        public decimal Average { get; set; }
        public decimal Stop { get; set; }
        public decimal TakeProfitLevel { get; set; }
        public decimal Best { get; set; }
        public bool Signalled { get; set; }
    }
}
