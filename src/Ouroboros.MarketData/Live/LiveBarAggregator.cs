using Ouroboros.Domain.Bars;

namespace Ouroboros.MarketData.Live;

/// <summary>
/// Builds bars from a live feed's trades, the same bars a replay of stored data would show the kernel: open-time
/// stamped, buckets aligned to UTC multiples of the interval, OHLC by trade time (not arrival order), volume summed.
/// A bucket closes when a trade of a later bucket arrives for that instrument, or when <see cref="CloseDue"/> is told
/// that the bucket's end plus the grace for late prints has passed (a quiet instrument must still close its bar).
/// A bucket without trades makes no bar: missing data is absent, never a zero bar. Trades for a bucket already
/// closed are dropped and counted in <see cref="LateTrades"/>, because a bar the kernel has seen must never change.
/// Single-threaded, like the kernel it feeds; allocation-free per trade.
/// </summary>
public sealed class LiveBarAggregator
{
    private readonly long _intervalTicks;
    private readonly TimeSpan _grace;
    private readonly OpenBucket[] _open;
    private readonly long[] _closedThrough;

    public LiveBarAggregator(int instruments, BarInterval interval, TimeSpan lateGrace)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(instruments);
        if (lateGrace < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(lateGrace), lateGrace, "the grace for late prints must not be negative");
        if (!interval.IsIntraday || TimeSpan.TicksPerDay % interval.Length.Ticks != 0)
            throw new ArgumentException($"live bars need an intraday interval that divides a day evenly, not {interval}", nameof(interval));
        _intervalTicks = interval.Length.Ticks;
        _grace = lateGrace;
        _open = new OpenBucket[instruments];
        _closedThrough = new long[instruments];
        Array.Fill(_closedThrough, long.MinValue);
    }

    /// <summary>Trades that arrived after their bar had closed.</summary>
    public long LateTrades { get; private set; }

    /// <summary>Adds one trade; bars it closes are appended to <paramref name="closed"/>.</summary>
    public void OnTrade(int instrument, DateTimeOffset time, decimal price, decimal size, List<ClosedBar> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        if (price <= 0) throw new ArgumentOutOfRangeException(nameof(price), price, "a trade price must be positive");
        if (size < 0) throw new ArgumentOutOfRangeException(nameof(size), size, "a trade size must not be negative");
        var ticks = time.UtcTicks;
        var bucket = ticks - Modulo(ticks, _intervalTicks);
        if (bucket <= _closedThrough[instrument])
        {
            LateTrades++;
            return;
        }
        ref var open = ref _open[instrument];
        if (open.HasTrades && bucket > open.Start) Close(instrument, ref open, closed);
        if (!open.HasTrades) open = new OpenBucket(bucket, ticks, price);
        else open.Add(ticks, price);
        open.Volume += size;
    }

    /// <summary>The instrument's bar still open (trades so far, not closed yet), or null when it has none.</summary>
    public Bar? OpenBar(int instrument)
    {
        ref readonly var open = ref _open[instrument];
        return open.HasTrades
            ? new Bar(new DateTimeOffset(open.Start, TimeSpan.Zero), open.Open, open.High, open.Low, open.Close, open.Volume)
            : null;
    }

    /// <summary>Closes every bar whose end plus the late-print grace is at or before <paramref name="now"/>.</summary>
    public void CloseDue(DateTimeOffset now, List<ClosedBar> closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        var cutoff = now.UtcTicks - _grace.Ticks;
        for (var i = 0; i < _open.Length; i++)
        {
            ref var open = ref _open[i];
            if (open.HasTrades && open.Start + _intervalTicks <= cutoff) Close(i, ref open, closed);
        }
    }

    private void Close(int instrument, ref OpenBucket open, List<ClosedBar> closed)
    {
        closed.Add(new ClosedBar(instrument, new Bar(new DateTimeOffset(open.Start, TimeSpan.Zero), open.Open, open.High, open.Low, open.Close, open.Volume)));
        _closedThrough[instrument] = open.Start;
        open = default;
    }

    private static long Modulo(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    private struct OpenBucket(long start, long firstTicks, decimal price)
    {
        public readonly long Start = start;
        public readonly bool HasTrades = true;
        public decimal Open = price, High = price, Low = price, Close = price, Volume;
        private long _firstTicks = firstTicks, _lastTicks = firstTicks;

        /// <summary>Feeds may deliver prints out of order within a bar; open and close follow trade time.</summary>
        public void Add(long ticks, decimal price)
        {
            if (price > High) High = price;
            if (price < Low) Low = price;
            if (ticks < _firstTicks) (_firstTicks, Open) = (ticks, price);
            if (ticks >= _lastTicks) (_lastTicks, Close) = (ticks, price);
        }
    }
}
