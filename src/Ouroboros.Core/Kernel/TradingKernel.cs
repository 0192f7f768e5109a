using Ouroboros.Domain.Venues;
using Ouroboros.Core.Execution;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Strategies;
using Ouroboros.Core.Time;

namespace Ouroboros.Core.Kernel;

/// <summary>
/// The single-threaded event loop shared by backtest, paper and live trading. It reads one inbox (bars, execution
/// reports, timers, operator commands; ordering rule: <see cref="IKernelInbox"/>) and dispatches: bars of one time
/// form a slice (venue fills first, then the strategy), intents are executed when the slice ends, everything else is
/// applied between slices. Results stream to the setup's sinks; the kernel keeps counters and current state only.
/// Nothing here reads the machine's clock.
/// </summary>
public sealed partial class TradingKernel
{
    private readonly KernelState _state;
    private readonly IKernelClock _clock;
    private readonly IStrategy _strategy;
    private readonly IDeliberatingStrategy? _deliberating;
    private readonly IPartialBarAware? _partialAware;
    private readonly IMarketDrivenVenue? _venue;
    private readonly RiskAssembly _risk;
    private readonly IntentExecution _intents;
    private readonly ExecutionReportHandler _reports;
    private readonly BrokerStateAdoption _adoption;
    private readonly TradingDays _days;
    private readonly KernelStrategyContext _context;

    // One slot per instrument plus a spare one for the event read after the slice's last bar.
    private readonly KernelEvent[] _slice;
    private readonly int[] _seenInSlice;
    private int _sliceCount;
    private int _sliceNumber;
    private bool _sliceUnsorted;

    // The open slice's time as ticks, beside the loop that compares every bar with it (the state holds the instant).
    private long _sliceTicks;

    // A slice is open from its first bar until it is closed; when Pump hands over to the async path with the slice
    // open, its bars have been delivered and only its intents (or journal writes) remain.
    private bool _open;

    public TradingKernel(KernelSetup setup)
    {
        _state = new KernelState(setup);
        _clock = setup.Clock;
        _strategy = setup.Strategy;
        _deliberating = setup.Strategy.Deliberation;
        _partialAware = setup.Strategy.PartialBarAware;
        _venue = setup.Venue;
        _risk = new RiskAssembly(_state);
        _intents = new IntentExecution(_state, _risk);
        _reports = new ExecutionReportHandler(_state, _risk, _strategy);
        _adoption = new BrokerStateAdoption(_state, _risk, _reports);
        _days = new TradingDays(_state, _strategy);
        _context = new KernelStrategyContext(_state);
        var n = _state.Instruments.Length;
        _seenInSlice = new int[n];
        _slice = new KernelEvent[n + 1];
        _warmingUp = setup.TradeFrom is not null;
        _tradeFromTicks = setup.TradeFrom?.UtcTicks ?? long.MinValue;
        _venue?.Attach(_reports, new KernelAccountView(_state));
    }

    /// <summary>Orders the kernel still holds (working ones, and those finished in the current slice).</summary>
    public int OrdersHeld => _state.Orders.Count;

    /// <summary>Runs until the inbox is finished. <paramref name="onSlice"/> gets the number of slices done.</summary>
    public async Task<KernelSummary> RunAsync(IKernelInbox inbox, Action<int>? onSlice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        _strategy.Initialize(_context);
        while (true)
        {
            // Slices without intents run synchronously inside Pump; it returns at each point that must await.
            while (Pump(inbox, onSlice)) await ResumeAsync(onSlice, cancellationToken).ConfigureAwait(false);
            if (!await inbox.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) break;
        }
        if (_open)
        {
            await FinishSliceAsync(cancellationToken).ConfigureAwait(false);
            onSlice?.Invoke(SlicesDone);
        }
        await _state.Orders.FlushAsync().ConfigureAwait(false);
        _risk.DrainEvents();
        return Summary();
    }

    /// <summary>
    /// The hot loop, outside the async state machine: reads the events that are ready straight into the slice buffer,
    /// finishes every slice that has no intents and applies reports and commands that need no awaiting. Returns true
    /// when something must be awaited; the event that stopped it then waits in the buffer's spare slot.
    /// </summary>
    private bool Pump(IKernelInbox inbox, Action<int>? onSlice)
    {
        var slice = _slice;
        while (inbox.TryRead(out slice[_sliceCount]))
        {
            ref readonly var ev = ref slice[_sliceCount];
            if (ev.Kind == KernelEventKind.Bar)
            {
                if (_open && ev.Bar.Time.UtcTicks == _sliceTicks)
                {
                    MarkSeen(ev.Instrument, ev.Bar.Time);
                    if (ev.Instrument < slice[_sliceCount - 1].Instrument) _sliceUnsorted = true;
                    _sliceCount++;
                    continue;
                }
                if (_open)
                {
                    if (!TryFinishSliceWithoutIntents()) return true;
                    onSlice?.Invoke(SlicesDone);
                }
                StartNextSlice();
                continue;
            }
            // A halt or kill changes the trading state before the open slice's intents are judged, so no order decided
            // before it arrived can pass it; everything else closes the open slice first and is then applied.
            if (ev.Message is HaltCommand or KillCommand) _risk.Stop((OperatorCommand)ev.Message);
            if (_open)
            {
                if (!TryFinishSliceWithoutIntents()) return true;
                onSlice?.Invoke(SlicesDone);
            }
            if (!TryApplyWithoutAwait(in ev)) return true;
            _sliceCount = 0;
        }
        return false;
    }

    /// <summary>Does the awaiting Pump stopped for: the open slice's intents, then the event waiting in the spare slot.</summary>
    private async ValueTask ResumeAsync(Action<int>? onSlice, CancellationToken cancellationToken)
    {
        if (_open)
        {
            await FinishWithIntentsAsync(cancellationToken).ConfigureAwait(false);
            onSlice?.Invoke(SlicesDone);
        }
        var held = _slice[_sliceCount];
        if (held.Kind == KernelEventKind.Bar)
        {
            StartNextSlice();
            return;
        }
        _sliceCount = 0;
        if (!TryApplyWithoutAwait(in held)) await ApplyAsync(held, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies a report, timer or resume at once; false for what must await the broker (a kill's cancels).</summary>
    private bool TryApplyWithoutAwait(in KernelEvent ev)
    {
        switch (ev.Message)
        {
            case ExecutionReport report:
                _reports.Apply(report);
                _state.Sinks.OnExecutionReportApplied(report);
                return true;
            case KernelTimer:
                // The open slice was closed before the timer was applied; a timer does nothing else yet.
                return true;
            case HaltCommand:
                // Applied by Pump as soon as it was read.
                return true;
            case ResumeCommand resume:
                _risk.Resume(resume);
                return true;
            case BlockEntriesCommand block:
                _risk.BlockEntries(block);
                return true;
            case AdoptBrokerStateCommand adopt:
                _adoption.Apply(adopt);
                return true;
            case PriceStatusCommand status:
                // A mark for an instrument outside the universe cannot affect any order.
                if (_state.Index.TryGetValue(status.Instrument, out var stale)) _state.StalePrices.Apply(stale, status);
                return true;
            default:
                return false;
        }
    }

    private async ValueTask ApplyAsync(KernelEvent ev, CancellationToken cancellationToken)
    {
        switch (ev.Message)
        {
            case KillCommand kill:
                // The state changed when the command was read; what is left is cancelling at the broker.
                await _risk.CancelWorkingOrdersAsync(kill, cancellationToken).ConfigureAwait(false);
                break;
            case CancelWorkingOrdersCommand cancel:
                await _risk.CancelWorkingOrdersAsync(cancel, cancellationToken).ConfigureAwait(false);
                break;
            case PartialBarsCommand partialBars:
                // Always on the async path: a rescan is rare, and its intents may have to await the broker.
                await RescanAsync(partialBars, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentException($"Unknown inbox event {ev.Kind} {ev.Message?.GetType().Name}.", nameof(ev));
        }
    }

    private KernelSummary Summary() => new(_state.Time.GetUtcNow(), _bars, _slices, _slicesInMarket, _warmUpSlices, _warmUpIntentsDiscarded,
        _days.SessionEventCount, _state.Portfolio.Equity(), _state.Portfolio.Cash, _state.Portfolio.OpenTrades()) { Rescans = _rescans };
}
