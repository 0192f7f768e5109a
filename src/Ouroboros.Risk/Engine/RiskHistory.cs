using Ouroboros.Domain.Primitives;

namespace Ouroboros.Risk.Engine;

/// <summary>
/// The engine's memory. Order times are kept for 24 hours (enough for any per-minute rate); daily returns for the
/// VaR lookback. Single-threaded like the kernel that feeds it.
/// </summary>
public sealed class RiskHistory : IRiskHistory
{
    private static readonly TimeSpan OrderMemory = TimeSpan.FromHours(24);
    private readonly Queue<DateTimeOffset> _orderTimes = new();
    private readonly Dictionary<InstrumentId, DateTimeOffset> _lastExit = [];
    private readonly Dictionary<InstrumentId, DailyCloses> _closes = [];
    private readonly Dictionary<InstrumentId, (StrategyId Strategy, decimal? StopDistance)> _holders = [];
    private readonly int _lookback;

    public RiskHistory(int returnsLookback = 250)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(returnsLookback, 1);
        _lookback = returnsLookback;
    }

    public int OrdersToday { get; private set; }
    public int ConsecutiveLosses { get; private set; }
    public DateTimeOffset? LastLossTime { get; private set; }

    public int OrdersSince(DateTimeOffset since)
    {
        var n = 0;
        foreach (var t in _orderTimes)
            if (t >= since) n++;
        return n;
    }

    public DateTimeOffset? LastExit(InstrumentId instrument) => _lastExit.TryGetValue(instrument, out var t) ? t : null;

    public decimal? PreviousClose(InstrumentId instrument) => _closes.TryGetValue(instrument, out var c) ? c.Previous : null;

    public IReadOnlyList<double> DailyReturns(InstrumentId instrument) => _closes.TryGetValue(instrument, out var c) ? c.Returns : [];

    public IReadOnlyList<DateOnly> DailyReturnDates(InstrumentId instrument) => _closes.TryGetValue(instrument, out var c) ? c.Dates : [];

    public StrategyId? HolderOf(InstrumentId instrument) => _holders.TryGetValue(instrument, out var h) ? h.Strategy : null;

    public decimal? StopDistanceOf(InstrumentId instrument) => _holders.TryGetValue(instrument, out var h) ? h.StopDistance : null;

    /// <summary>A new trading day: the daily order count starts again.</summary>
    public void StartTradingDay() => OrdersToday = 0;

    public void RecordApprovedOrder(DateTimeOffset time)
    {
        OrdersToday++;
        _orderTimes.Enqueue(time);
        while (_orderTimes.Count > 0 && _orderTimes.Peek() < time - OrderMemory) _orderTimes.Dequeue();
    }

    /// <summary>A position was opened from flat by <paramref name="strategy"/> with this per-unit stop distance.</summary>
    public void RecordEntry(InstrumentId instrument, StrategyId strategy, decimal? stopDistance) =>
        _holders[instrument] = (strategy, stopDistance);

    /// <summary>A position went back to flat: starts the re-entry cooldown and updates the losing streak.</summary>
    public void RecordRoundTrip(InstrumentId instrument, DateTimeOffset exitTime, decimal netPnl)
    {
        _lastExit[instrument] = exitTime;
        _holders.Remove(instrument);
        if (netPnl < 0)
        {
            ConsecutiveLosses++;
            LastLossTime = exitTime;
        }
        else
        {
            ConsecutiveLosses = 0;
        }
    }

    /// <summary>
    /// The latest close of an instrument on a trading date. Called as bars arrive; when the date moves on, the last
    /// close of the previous date becomes the previous close and its return joins the VaR window.
    /// </summary>
    public void RecordClose(InstrumentId instrument, DateOnly tradingDate, decimal close)
    {
        if (!_closes.TryGetValue(instrument, out var c)) _closes[instrument] = c = new DailyCloses();
        c.Record(tradingDate, close, _lookback);
    }

    private sealed class DailyCloses
    {
        private DateOnly _date;
        private decimal? _current;
        public decimal? Previous { get; private set; }
        public List<double> Returns { get; } = [];
        public List<DateOnly> Dates { get; } = [];

        public void Record(DateOnly date, decimal close, int lookback)
        {
            if (_current is { } current && date != _date)
            {
                if (Previous is { } previous && previous > 0)
                {
                    Returns.Add((double)(current / previous) - 1.0);
                    Dates.Add(_date);
                    if (Returns.Count > lookback)
                    {
                        Returns.RemoveAt(0);
                        Dates.RemoveAt(0);
                    }
                }
                Previous = current;
            }
            _date = date;
            _current = close;
        }
    }
}
