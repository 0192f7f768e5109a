using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit;

/// <summary>
/// Wraps a broker account and makes its next queries fail: with a chosen error kind (<see cref="FailNext"/>), or as a
/// partial answer that the broker marked as failed (<see cref="PartialNext"/>: the account was read only in part).
/// Every query counts, whether it failed or not; safe to use from the loop's thread and the test's.
/// </summary>
public sealed class FaultyBrokerAccount(IBrokerAccount inner) : IBrokerAccount
{
    private readonly Lock _gate = new();
    private readonly Queue<BrokerError> _faults = new();
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

    public async ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken)
    {
        if (NextFault() is { } fault) return BrokerResult<BrokerAccountSnapshot>.Fail(fault.Kind, fault.Message);
        return await inner.QueryAccountAsync(cancellationToken).ConfigureAwait(false);
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
