using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit;

/// <summary>
/// Wraps a broker account and makes its next queries fail: with a chosen error kind (<see cref="FailNext"/>), or as a
/// partial answer that the broker marked as failed (<see cref="PartialNext"/>: the account was read only in part).
/// Every query counts, whether it failed or not; safe to use from the loop's thread and the test's. It can also add a
/// trade nobody told the agent of (<see cref="WithExternalTrade"/>).
/// </summary>
public sealed class FaultyBrokerAccount(IBrokerAccount inner) : IBrokerAccount
{
    private readonly Lock _gate = new();
    private readonly Queue<BrokerError> _faults = new();
    private readonly List<(InstrumentId Instrument, decimal Quantity, decimal Price, DateTimeOffset At)> _trades = [];
    private int _queries;

    /// <summary>How many queries (account and order) were asked so far.</summary>
    public int Queries
    {
        get { lock (_gate) return _queries; }
    }

    /// <summary>Fails the next <paramref name="count"/> queries with <paramref name="kind"/>.</summary>
    public FaultyBrokerAccount FailNext(int count, BrokerErrorKind kind = BrokerErrorKind.Network, string message = "connection reset")
    {
        lock (_gate)
            for (var i = 0; i < count; i++) _faults.Enqueue(new BrokerError(kind, message));
        return this;
    }

    /// <summary>The next <paramref name="count"/> queries come back partial (positions read, orders not): a failure.</summary>
    public FaultyBrokerAccount PartialNext(int count) =>
        FailNext(count, BrokerErrorKind.Unknown, "partial result: the positions page was read but the orders page timed out");

    /// <summary>
    /// From <paramref name="at"/> on (the broker snapshot's time), the broker reports a trade made outside the agent
    /// (in the broker's own app): <paramref name="quantity"/> more of <paramref name="instrument"/> bought at
    /// <paramref name="price"/>, its cost taken from the cash, and the price as the average when it opened the position.
    /// Stated in the broker's time, so that every run of a session (a restart included) sees the same trade.
    /// </summary>
    public FaultyBrokerAccount WithExternalTrade(InstrumentId instrument, decimal quantity, decimal price, DateTimeOffset at)
    {
        lock (_gate) _trades.Add((instrument, quantity, price, at));
        return this;
    }

    public async ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken)
    {
        if (NextFault() is { } fault) return BrokerResult<BrokerAccountSnapshot>.Fail(fault.Kind, fault.Message);
        var result = await inner.QueryAccountAsync(cancellationToken).ConfigureAwait(false);
        return result is { IsSuccess: true, Value: { } snapshot } ? BrokerResult<BrokerAccountSnapshot>.Ok(WithTrades(snapshot)) : result;
    }

    private BrokerAccountSnapshot WithTrades(BrokerAccountSnapshot snapshot)
    {
        (InstrumentId Instrument, decimal Quantity, decimal Price, DateTimeOffset At)[] trades;
        lock (_gate) trades = [.. _trades.Where(t => t.At <= snapshot.At)];
        if (trades.Length == 0) return snapshot;
        var positions = new Dictionary<InstrumentId, decimal>(snapshot.Positions);
        var prices = new Dictionary<InstrumentId, decimal>(snapshot.AveragePrices ?? new Dictionary<InstrumentId, decimal>());
        var cash = snapshot.Cash;
        foreach (var (instrument, quantity, price, _) in trades)
        {
            var before = positions.GetValueOrDefault(instrument);
            var after = before + quantity;
            // A price the inner broker did not report stays unreported: the blend of an unknown average is unknown.
            if (before == 0) prices[instrument] = price;
            else if (after != 0 && prices.TryGetValue(instrument, out var average)) prices[instrument] = (average * before + price * quantity) / after;
            positions[instrument] = after;
            if (after == 0)
            {
                positions.Remove(instrument);
                prices.Remove(instrument);
            }
            cash -= quantity * price;
        }
        return snapshot with { Cash = cash, Positions = positions, AveragePrices = prices };
    }

    public async ValueTask<BrokerResult<BrokerOrderState?>> QueryOrderAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        if (NextFault() is { } fault) return BrokerResult<BrokerOrderState?>.Fail(fault.Kind, fault.Message);
        return await inner.QueryOrderAsync(orderId, cancellationToken).ConfigureAwait(false);
    }

    private BrokerError? NextFault()
    {
        lock (_gate)
        {
            _queries++;
            return _faults.TryDequeue(out var fault) ? fault : null;
        }
    }
}
