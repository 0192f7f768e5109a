using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;

namespace Ouroboros.Risk.Triggers;

/// <summary>
/// Watches the account's daily P&amp;L on every equity mark and moves the account's trading state: at or below the
/// circuit breaker (−3%) to HALTED, at or below the daily loss limit (−5%) to REDUCING. Each trips at most once per
/// trading day, so an operator who resumes after a halt is not halted again by the same loss; a deeper loss still
/// reaches the daily loss limit.
/// </summary>
public sealed class DailyPnlTrigger
{
    public const string CircuitBreaker = "circuit_breaker";
    public const string DailyLossLimit = "daily_loss_limit";

    private readonly decimal _breaker;
    private readonly decimal _lossLimit;
    private DateOnly? _breakerTripped;
    private DateOnly? _lossTripped;

    public DailyPnlTrigger(decimal circuitBreaker, decimal dailyLossLimit)
    {
        if (circuitBreaker is >= 0 or < -1) throw new ArgumentOutOfRangeException(nameof(circuitBreaker), circuitBreaker, "The circuit breaker is a negative fraction, e.g. -0.03.");
        if (dailyLossLimit is >= 0 or < -1) throw new ArgumentOutOfRangeException(nameof(dailyLossLimit), dailyLossLimit, "The daily loss limit is a negative fraction, e.g. -0.05.");
        _breaker = circuitBreaker;
        _lossLimit = dailyLossLimit;
    }

    /// <summary>Daily P&amp;L as a fraction of start-of-day equity; null when either figure is unknown or the start is not positive.</summary>
    public static decimal? DailyPnl(decimal? equity, decimal? dayStart) =>
        equity is { } e && dayStart is { } s && s > 0 ? (e - s) / s : null;

    public void Observe(TradingStateBook states, DateOnly tradingDate, DateTimeOffset time, decimal? equity, decimal? dayStart)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (DailyPnl(equity, dayStart) is not { } pnl) return;
        RiskFigure[] Figures(decimal limit) =>
            [RiskFigure.Of("daily_pnl", pnl), RiskFigure.Of("limit", limit), RiskFigure.Of("equity", equity), RiskFigure.Of("day_start_equity", dayStart)];
        var account = states.Get(TradingStateBook.AccountScope);
        if (pnl <= _breaker && _breakerTripped != tradingDate)
        {
            _breakerTripped = tradingDate;
            if (account.State != TradingState.Halted)
                states.Move(TradingStateBook.AccountScope, TradingState.Halted, time, CircuitBreaker,
                    $"daily P&L {pnl:P2} is at or below {_breaker:P2}; an operator must resume", Figures(_breaker));
            return;
        }
        // Only an ACTIVE account can be moved to REDUCING; while halted the limit stays armed for after a resume.
        if (pnl <= _lossLimit && _lossTripped != tradingDate && account.State == TradingState.Active)
        {
            _lossTripped = tradingDate;
            states.Move(TradingStateBook.AccountScope, TradingState.Reducing, time, DailyLossLimit,
                    $"daily P&L {pnl:P2} is at or below {_lossLimit:P2}; only exits until the next trading day", Figures(_lossLimit));
        }
    }
}
