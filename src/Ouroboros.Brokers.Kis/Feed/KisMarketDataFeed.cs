using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Core.Feeds;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>
/// KIS market data behind Core's <see cref="IMarketDataFeed"/>: H0STCNT0 / HDFSCNT0 trades of the mapped instruments
/// as <see cref="FeedTrade"/>s (exchange time in UTC, CNTG_VOL / EVOL as size). When the WebSocket is down or refused
/// it says so (<see cref="FeedStatusChanged"/> Disconnected, reason "degraded: …") and polls REST prices within the
/// client's rate limit (<see cref="KisFeedPoller"/>); when the socket is back it says so and streams again. The minutes
/// the socket missed are caught up by REST minute bars (<see cref="KisGapCatchUp"/>). No KIS type crosses the port.
/// Reads the session's events itself: what it does not use (execution notices, frame problems) goes to
/// <c>otherEvents</c>, so one session per app key can serve the broker too.
/// </summary>
public sealed class KisMarketDataFeed : IMarketDataFeed, IKisFeedSink, IAsyncDisposable
{
    /// <summary>One KIS WebSocket session carries at most this many subscriptions (kis-openapi.md §4.1).</summary>
    public const int MaxInstruments = KisWebSocketSessionOptions.MaxSubscriptions;

    private readonly KisClient _client;
    private readonly KisWebSocketSession _session;
    private readonly bool _ownsSession;
    private readonly IReadOnlyDictionary<InstrumentId, KisFeedInstrument> _map;
    private readonly Dictionary<string, InstrumentId> _byQuoteKey = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<KisStreamEvent>? _otherEvents;
    private readonly Channel<FeedEvent> _events = Channel.CreateUnbounded<FeedEvent>();
    private readonly List<InstrumentId> _subscribed = [];
    private readonly KisFeedLedger _ledger = new();
    private readonly KisFeedPoller _poller;
    private readonly KisGapCatchUp _catchUp;
    private readonly List<Task> _background = [];
    private readonly CancellationTokenSource _lifetime = new();
    private readonly SemaphoreSlim _subscribeGate = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Task _pump;
    private bool? _streaming;
    private CancellationTokenSource? _polling;
    private bool _disposed;

    /// <param name="instruments">The KIS symbol of every instrument the feed may be asked for.</param>
    /// <param name="otherEvents">Gets the session's events the feed does not use (execution notices, problems).</param>
    public KisMarketDataFeed(KisClient client, KisWebSocketSession session, IReadOnlyDictionary<InstrumentId, KisFeedInstrument> instruments, TimeProvider time,
        ILogger logger, KisFeedOptions? options = null, Action<KisStreamEvent>? otherEvents = null)
        : this(client, session, false, instruments, time, logger, options, otherEvents)
    {
    }

    private KisMarketDataFeed(KisClient client, KisWebSocketSession session, bool ownsSession, IReadOnlyDictionary<InstrumentId, KisFeedInstrument> instruments,
        TimeProvider time, ILogger logger, KisFeedOptions? options, Action<KisStreamEvent>? otherEvents)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _session = session;
        _ownsSession = ownsSession;
        _map = instruments.ToDictionary();
        foreach (var (id, where) in _map)
        {
            if (!_byQuoteKey.TryAdd(QuoteKey(where.Exchange.QuoteCode, where.Symbol), id))
                throw new ArgumentException($"{where} is mapped twice ({_byQuoteKey[QuoteKey(where.Exchange.QuoteCode, where.Symbol)]} and {id})", nameof(instruments));
        }
        _time = time;
        _logger = logger;
        _otherEvents = otherEvents;
        _poller = new KisFeedPoller(client, this, (options ?? new KisFeedOptions()).PollSpacing(client.RateLimiter.Interval), time, logger);
        _catchUp = new KisGapCatchUp(client, this, time, logger);
        _pump = Task.Run(() => PumpAsync(_lifetime.Token), CancellationToken.None);
    }

    /// <summary>A feed with its own session (one per app key: do not open another on the same key), closed with the feed.</summary>
    public static KisMarketDataFeed Create(KisClient client, IReadOnlyDictionary<InstrumentId, KisFeedInstrument> instruments, TimeProvider time, ILogger logger,
        KisFeedOptions? options = null, KisWebSocketSessionOptions? sessionOptions = null, Action<KisStreamEvent>? otherEvents = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var session = new KisWebSocketSession(sessionOptions ?? KisWebSocketSessionOptions.From(client.Options), client.Auth.GetApprovalKeyAsync, time, logger);
        return new KisMarketDataFeed(client, session, true, instruments, time, logger, options, otherEvents);
    }

    public string Name => "kis";

    public ChannelReader<FeedEvent> Events => _events.Reader;

    /// <summary>True while trades come from REST polling because the WebSocket is down.</summary>
    public bool IsDegraded
    {
        get
        {
            lock (_gate) return _streaming == false;
        }
    }

    public async ValueTask<BrokerResult<FeedSubscription>> SubscribeAsync(IReadOnlyList<InstrumentId> instruments, BarInterval interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var unmapped = instruments.Where(i => !_map.ContainsKey(i)).Distinct().ToList();
        if (unmapped.Count > 0)
            return Fail<FeedSubscription>(BrokerErrorKind.InvalidRequest, $"no KIS symbol is known for {string.Join(", ", unmapped)}; add it to the KIS instrument map or leave it out");
        await _subscribeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wanted = instruments.Distinct().Where(i => !Subscribed().Any(s => s.Id == i)).ToList();
            // The session's other subscriptions (execution notices) count against the same 40.
            var room = MaxInstruments - _session.Subscriptions.Count;
            if (wanted.Count > room)
            {
                return Fail<FeedSubscription>(BrokerErrorKind.InvalidRequest,
                    $"KIS streams at most {MaxInstruments} subscriptions per app key and {room} are free, so {wanted.Count} more instruments cannot be streamed; subscribe fewer instruments");
            }
            var started = await _session.StartAsync(cancellationToken).ConfigureAwait(false);
            if (!started.IsSuccess) _logger.LogWarning("The KIS WebSocket did not connect ({Error}); the feed polls REST prices until it does", started.Error!.Message);
            foreach (var id in wanted)
            {
                var where = _map[id];
                var result = await _session.SubscribeAsync(where.Subscription(), cancellationToken).ConfigureAwait(false);
                if (!result.IsSuccess) return Fail<FeedSubscription>(result.Error!.Kind, $"subscribing to {id} ({where}) failed: {result.Error.Message}");
                lock (_gate) _subscribed.Add(id);
            }
            return BrokerResult<FeedSubscription>.Ok(new FeedSubscription([.. Subscribed().Select(s => s.Id)], interval, StreamsBars: true, StreamsTrades: true, StreamsQuotes: false));
        }
        finally
        {
            _subscribeGate.Release();
        }
    }

    public async ValueTask<BrokerResult<IReadOnlyList<InstrumentId>>> UnsubscribeAsync(IReadOnlyList<InstrumentId> instruments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _subscribeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var id in instruments.Distinct())
            {
                if (!_map.TryGetValue(id, out var where)) continue;
                lock (_gate) _subscribed.Remove(id);
                var result = await _session.UnsubscribeAsync(where.Subscription(), cancellationToken).ConfigureAwait(false);
                if (!result.IsSuccess) return Fail<IReadOnlyList<InstrumentId>>(result.Error!.Kind, $"unsubscribing from {id} ({where}) failed: {result.Error.Message}");
            }
            return BrokerResult<IReadOnlyList<InstrumentId>>.Ok([.. Subscribed().Select(s => s.Id)]);
        }
        finally
        {
            _subscribeGate.Release();
        }
    }

    public IReadOnlyList<(InstrumentId Id, KisFeedInstrument Where)> Subscribed()
    {
        lock (_gate) return [.. _subscribed.Select(id => (id, _map[id]))];
    }

    void IKisFeedSink.Polled(InstrumentId id, decimal price, decimal? cumulativeVolume, DateTimeOffset time)
    {
        lock (_gate)
        {
            // A poll answered after the socket came back would put a stale price among streamed trades.
            if (_streaming != false || !_subscribed.Contains(id)) return;
            var size = _ledger.PolledSize(id, cumulativeVolume, time);
            _ledger.Emitted(id, time);
            _events.Writer.TryWrite(new FeedTrade(id, time, price, size));
        }
    }

    void IKisFeedSink.CaughtUp(InstrumentId id, Bar minute)
    {
        lock (_gate)
        {
            if (!_subscribed.Contains(id) || _ledger.WasEmitted(id, minute.Time.UtcTicks)) return;
            _ledger.Emitted(id, minute.Time);
            // A closed 1-minute bar, not trades: the pipeline folds a trade of an older minute into the minute it
            // holds open, but takes closed minute bars into its rollup, which refuses (and counts) one out of order.
            _events.Writer.TryWrite(new FeedBar(id, BarInterval.OneMinute, minute));
        }
    }

    private async Task PumpAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var e in _session.Events.ReadAllAsync(stop).ConfigureAwait(false)) Handle(e, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private void Handle(KisStreamEvent e, CancellationToken stop)
    {
        switch (e)
        {
            case KisDomesticTrade t:
                Streamed(QuoteKey(Common.KisExchange.Krx.QuoteCode, t.Symbol), t.TradedAt, t.Price, t.Volume, t.CumulativeVolume);
                break;
            case KisOverseasTrade t when t.Exchange is { } exchange:
                Streamed(QuoteKey(exchange.QuoteCode, t.Symbol), t.TradedAt, t.Price, t.Volume, t.CumulativeVolume);
                break;
            case KisConnectionChanged c:
                OnConnection(c);
                break;
            case KisStreamGap gap:
                lock (_gate) _background.Add(_catchUp.RunAsync(gap, stop));
                break;
            case KisOverseasTrade:
                break;
            default:
                _otherEvents?.Invoke(e);
                break;
        }
    }

    private void Streamed(string key, DateTimeOffset tradedAt, decimal price, decimal volume, decimal cumulative)
    {
        lock (_gate)
        {
            // Unmapped symbols (another user of the session) and instruments no longer subscribed are not ours.
            if (!_byQuoteKey.TryGetValue(key, out var id) || !_subscribed.Contains(id) || price <= 0 || volume < 0) return;
            _ledger.Emitted(id, tradedAt);
            _ledger.SawCumulative(id, cumulative, tradedAt);
            _events.Writer.TryWrite(new FeedTrade(id, tradedAt, price, volume));
        }
    }

    private void OnConnection(KisConnectionChanged change)
    {
        lock (_gate)
        {
            var up = change.State == KisConnectionState.Connected;
            if (_streaming == up) return;
            _streaming = up;
            var now = _time.GetUtcNow();
            if (up)
            {
                _polling?.Cancel();
                _polling?.Dispose();
                _polling = null;
                _events.Writer.TryWrite(new FeedStatusChanged(now, FeedConnectionState.Connected, $"streaming KIS trades: {change.Reason}"));
                return;
            }
            _polling = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
            _background.Add(_poller.RunAsync(_polling.Token));
            // Core has no "degraded" state: prices still come, but late and without every print, which a reader must know.
            _events.Writer.TryWrite(new FeedStatusChanged(now, FeedConnectionState.Disconnected,
                $"degraded: the KIS WebSocket is {(change.State == KisConnectionState.Down ? "down" : "reconnecting")} ({change.Reason}); polling REST prices, one instrument every {_poller.Spacing.TotalSeconds:0.###} s"));
        }
    }

    private static string QuoteKey(string quoteCode, string symbol) => quoteCode + ":" + symbol.ToUpperInvariant();

    private static BrokerResult<T> Fail<T>(BrokerErrorKind kind, string message) => BrokerResult<T>.Fail(kind, message);

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _pump.ConfigureAwait(false);
        Task[] background;
        lock (_gate) background = [.. _background];
        await Task.WhenAll(background).ConfigureAwait(false);
        if (_ownsSession) await _session.DisposeAsync().ConfigureAwait(false);
        lock (_gate) _polling?.Dispose();
        _events.Writer.TryComplete();
        _lifetime.Dispose();
        _subscribeGate.Dispose();
    }
}
