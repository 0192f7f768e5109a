using Ouroboros.Core.Events;
using Ouroboros.Core.Orders;
using Ouroboros.Core.Portfolio;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// The single-threaded event loop shared by backtest, paper and live trading. It reads bars in time order, lets
/// a bar-driven broker fill working orders first, shows the bar to the strategy, and at the end of each time slice
/// turns intents into sized, risk-checked, journaled orders. Nothing here reads the machine's clock.
/// </summary>
public sealed partial class TradingKernel : IStrategyContext, IAccountView
{
    private readonly KernelSetup _setup;
    private readonly Instrument[] _instruments;
    private readonly VenueModel[] _models;
    private readonly Dictionary<InstrumentId, int> _index;
    private readonly PortfolioTracker _portfolio;
    private readonly OrderManager _orders;
    private readonly IStrategy _strategy;
    private readonly IDeliberatingStrategy? _deliberating;
    private readonly IBarDrivenBroker? _barBroker;
    private readonly SimulatedTimeProvider? _simulatedClock;
    private readonly AtrTracker? _atr;
    private readonly List<TradeIntent> _pending = [];
    private readonly List<Fill> _fills = [];
    private readonly List<ClosedTrade> _trades = [];
    private readonly List<RiskDecision> _riskDecisions = [];
    private readonly List<SkippedIntent> _skipped = [];
    private List<EquityPoint> _equity = [];
    private readonly BarEvent[] _slice;
    private int _sliceCount;

    private DateTimeOffset _sliceTime;
    private int _sliceNumber;
    private readonly int[] _seenInSlice;
    private bool _inSlice;
    private DateOnly _currentDay;
    private decimal _lastEquity;
    private decimal _dayStartEquity;
    private long _bars;
    private int _slices;
    private int _slicesInMarket;

    public TradingKernel(KernelSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.VenueModels.Count != setup.Instruments.Count)
            throw new ArgumentException("One broker model per instrument is required.", nameof(setup));
        _setup = setup;
        _instruments = [.. setup.Instruments];
        _models = [.. setup.VenueModels];
        _index = [];
        for (var i = 0; i < _instruments.Length; i++)
        {
            if (!_index.TryAdd(_instruments[i].Id, i))
                throw new ArgumentException($"Instrument {_instruments[i].Id} appears twice.", nameof(setup));
        }
        _portfolio = new PortfolioTracker(_instruments, setup.AccountCurrency, setup.InitialCash);
        _orders = new OrderManager(setup.OrderIdPrefix, setup.OrderJournal, setup.Clock);
        _strategy = setup.Strategy;
        _deliberating = setup.Strategy as IDeliberatingStrategy;
        _barBroker = setup.Broker as IBarDrivenBroker;
        _simulatedClock = setup.Clock as SimulatedTimeProvider;
        if (setup.Sizing.Mode == SizingMode.AtrRisk) _atr = new AtrTracker(_instruments.Length, setup.Sizing.AtrPeriod);
        // One slot per instrument plus a spare one for the event that opens the next slice.
        _seenInSlice = new int[_instruments.Length];
        _closeQueued = new bool[_instruments.Length];
        _slice = new BarEvent[_instruments.Length + 1];
        _lastEquity = setup.InitialCash;
        _dayStartEquity = setup.InitialCash;
        _warmingUp = setup.TradeFrom is not null;
        _tradeFromTicks = setup.TradeFrom?.UtcTicks ?? long.MinValue;
        _barBroker?.Attach(new ExecutionInbox(this), this);
    }

    public IReadOnlyList<Instrument> Instruments => _instruments;
    public TimeProvider Clock => _setup.Clock;
    public decimal Cash => _portfolio.Cash;
    public decimal Equity => _portfolio.Equity();
    public decimal PositionOf(int instrument) => _portfolio.QuantityOf(instrument);
    public decimal? LastPrice(int instrument) => _portfolio.LastPrice(instrument);
    public decimal AvailableCash(Currency currency) => currency == _portfolio.Currency ? _portfolio.Cash : 0m;

    public int IndexOf(InstrumentId instrument) => _index.TryGetValue(instrument, out var i)
        ? i
        : throw new KeyNotFoundException($"{instrument} is not in this run's universe.");

    public void Submit(TradeIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        _pending.Add(intent);
    }

    /// <summary>Runs until the source is exhausted. <paramref name="onSlice"/> gets the number of slices done.</summary>
    public async Task<KernelResult> RunAsync(IMarketEventSource source, Action<int>? onSlice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        _equity = new List<EquityPoint>(source.ExpectedTimeSlices ?? 1024);
        _strategy.Initialize(this);
        while (true)
        {
            // Slices without intents run synchronously inside Pump; it returns at each slice that has intents.
            while (Pump(source, onSlice))
            {
                await FinishWithIntentsAsync(cancellationToken).ConfigureAwait(false);
                onSlice?.Invoke(SlicesDone);
                StartNextSlice();
            }
            if (!await source.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) break;
        }
        if (_inSlice)
        {
            await FinishSliceAsync(cancellationToken).ConfigureAwait(false);
            onSlice?.Invoke(SlicesDone);
        }
        return BuildResult();
    }

    /// <summary>
    /// The hot loop, outside the async state machine: reads the events that are ready, straight into the slice
    /// buffer, and finishes every slice that has no intents. Returns true when a finished slice has intents to
    /// process (the async path); the event that opened the next slice then waits in the buffer's spare slot.
    /// </summary>
    private bool Pump(IMarketEventSource source, Action<int>? onSlice)
    {
        var slice = _slice;
        while (source.TryRead(out slice[_sliceCount]))
        {
            ref readonly var ev = ref slice[_sliceCount];
            if (!_inSlice || ev.Bar.Time != _sliceTime)
            {
                if (_inSlice)
                {
                    if (!TryFinishSliceWithoutIntents()) return true;
                    onSlice?.Invoke(SlicesDone);
                }
                StartNextSlice();
            }
            else
            {
                MarkSeen(ev.Instrument, ev.Bar.Time);
                _sliceCount++;
            }
        }
        return false;
    }

    /// <summary>Moves the event read into the spare slot to the front and begins its slice.</summary>
    private void StartNextSlice()
    {
        ref var first = ref _slice[_sliceCount];
        BeginSlice(first.Bar.Time);
        MarkSeen(first.Instrument, first.Bar.Time);
        if (_sliceCount > 0) _slice[0] = first;
        _sliceCount = 1;
    }

    /// <summary>A live feed could repeat a bar; a slice holds at most one bar per instrument.</summary>
    private void MarkSeen(int instrument, DateTimeOffset time)
    {
        if (_seenInSlice[instrument] == _sliceNumber)
            throw new InvalidOperationException($"Two bars of one instrument share the time {time:O}.");
        _seenInSlice[instrument] = _sliceNumber;
    }

    private void BeginSlice(DateTimeOffset time)
    {
        _sliceNumber++;
        if (_inSlice && time < _sliceTime)
            throw new InvalidOperationException($"Market events went back in time from {_sliceTime:O} to {time:O}.");
        _simulatedClock?.AdvanceTo(time);
        _sliceTime = time;
        _inSlice = true;
        if (_warmingUp && time.UtcTicks >= _tradeFromTicks) EndWarmUp();
        RaiseSessionEvents(time);
        var day = TradingDateOf(time);
        if (day != _currentDay)
        {
            _currentDay = day;
            _dayStartEquity = _lastEquity;
            if (!_warmingUp) OnNewTradingDay(time, day);
        }
    }

    /// <summary>Broker first (fills at these bars' opens), then marks, then the strategy sees each bar.</summary>
    private void DeliverSlice()
    {
        var bars = new ReadOnlySpan<BarEvent>(_slice, 0, _sliceCount);
        _barBroker?.OnSlice(bars);
        var risk = _setup.Risk.IsEnabled;
        for (var i = 0; i < bars.Length; i++)
        {
            ref readonly var ev = ref bars[i];
            _portfolio.Mark(ev.Instrument, ev.Bar.Close);
            _atr?.Update(ev.Instrument, ev.Bar);
            _strategy.OnBar(ev.Instrument, ev.Bar);
            if (risk) ObserveBarForRisk(ev.Instrument, ev.Bar.Close);
        }
        _bars += bars.Length;
    }

    /// <summary>Bars to broker and strategy, then intents (the only step that may await a broker), then the equity mark.</summary>
    private ValueTask FinishSliceAsync(CancellationToken cancellationToken) =>
        TryFinishSliceWithoutIntents() ? ValueTask.CompletedTask : FinishWithIntentsAsync(cancellationToken);

    /// <summary>
    /// Delivers the slice and ends it; false when the strategy queued intents or wants to deliberate first. A warm-up
    /// slice always ends here, so warm-up never deliberates (no model calls for history) and never reaches the broker.
    /// </summary>
    private bool TryFinishSliceWithoutIntents()
    {
        DeliverSlice();
        _strategy.OnTimeSliceEnd(_sliceTime);
        if (_warmingUp)
        {
            CloseWarmUpSlice();
            return true;
        }
        if (_pending.Count > 0 || KillPending || _deliberating is { WantsToDeliberate: true }) return false;
        CloseSlice();
        return true;
    }

    private async ValueTask FinishWithIntentsAsync(CancellationToken cancellationToken)
    {
        if (_deliberating is { WantsToDeliberate: true } deliberating)
            await deliberating.DeliberateAsync(_sliceTime, cancellationToken).ConfigureAwait(false);
        await ProcessIntentsAsync(cancellationToken).ConfigureAwait(false);
        CloseSlice();
    }

    private void CloseSlice()
    {
        _barBroker?.OnSliceEnd(_sliceTime);
        var equity = _portfolio.Equity();
        _lastEquity = equity;
        if (_setup.Risk.IsEnabled) _setup.Risk.ObserveEquity(_currentDay, _sliceTime, equity, _dayStartEquity, _setup.InitialCash);
        _equity.Add(new EquityPoint(_sliceTime, equity, _portfolio.Cash));
        _slices++;
        if (_portfolio.HasOpenPositions) _slicesInMarket++;
    }

    private KernelResult BuildResult() => new(
        _orders.Snapshots(), _fills, _trades, _portfolio.OpenTrades(), _equity, _riskDecisions, _skipped,
        _bars, _slices, _slicesInMarket, _portfolio.Equity(), _portfolio.Cash)
    {
        RiskEvents = [.. _setup.Risk.Events],
        SessionEvents = _sessionEventCount,
        WarmUpSlices = _warmUpSlices,
        WarmUpIntentsDiscarded = _warmUpIntentsDiscarded,
    };
}
