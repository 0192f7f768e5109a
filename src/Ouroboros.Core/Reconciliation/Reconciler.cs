using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// Compares our account with the broker's: cash, positions, working orders and fills. Pure: the same inputs give the
/// same report whatever the order of their dictionaries and lists. Every difference is resolved by the broker's truth.
/// </summary>
public static class Reconciler
{
    /// <summary>
    /// The differences between <paramref name="local"/> and <paramref name="broker"/>. <paramref name="lookups"/> holds
    /// the broker's answers for our working orders it did not list (looked up by client order id; a null answer means
    /// it never received the order); without an answer such an order is reported as unknown to the broker.
    /// A local order the broker does not list counts only while working (submitted, accepted, partially filled): a new
    /// order has not been sent yet and a finished one has nothing left to list.
    /// </summary>
    public static ReconcileReport Compare(LocalAccountSnapshot local, BrokerAccountSnapshot broker, ReconcileOptions? options = null,
        IReadOnlyDictionary<ClientOrderId, BrokerOrderState?>? lookups = null)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(broker);
        options ??= ReconcileOptions.Exact;
        var differences = new List<ReconcileDifference>();
        if (Math.Abs(local.Cash - broker.Cash) > options.CashTolerance)
            differences.Add(ReconcileDifferences.Cash(local.Cash, broker.Cash, options.CashTolerance));
        ComparePositions(local, broker, differences);
        CompareOrders(local, broker, lookups, differences);
        differences.Sort(Order);
        return new ReconcileReport(broker.At, differences);
    }

    /// <summary>Unknown when the broker query failed (a failure is never an empty account); otherwise the comparison.</summary>
    public static ReconcileOutcome Reconcile(LocalAccountSnapshot local, BrokerResult<BrokerAccountSnapshot> broker, ReconcileOptions? options = null)
    {
        if (!broker.IsSuccess || broker.Value is null)
            return ReconcileOutcome.Unknown(UnknownReason(broker.Error));
        return ReconcileOutcome.Of(Compare(local, broker.Value, options));
    }

    /// <summary>The operator's sentence for a failed broker query.</summary>
    public static string UnknownReason(BrokerError? error) => error is null
        ? "the broker's account could not be read (no answer); entries stay blocked until a reconciliation succeeds"
        : $"the broker's account could not be read ({error.Kind}: {error.Message}); entries stay blocked until a reconciliation succeeds";

    private static void ComparePositions(LocalAccountSnapshot local, BrokerAccountSnapshot broker, List<ReconcileDifference> differences)
    {
        var instruments = new HashSet<InstrumentId>(local.Positions.Keys);
        instruments.UnionWith(broker.Positions.Keys);
        foreach (var instrument in instruments)
        {
            var ours = local.Positions.GetValueOrDefault(instrument);
            var theirs = broker.Positions.GetValueOrDefault(instrument);
            if (ours == theirs) continue;
            differences.Add(theirs == 0
                ? ReconcileDifferences.PositionMissing(instrument, ours)
                : ReconcileDifferences.Position(instrument, ours, theirs, AverageOf(broker, instrument)));
        }
    }

    // A price the broker did not report stays unknown; a zero or negative one is no price at all.
    private static decimal? AverageOf(BrokerAccountSnapshot broker, InstrumentId instrument) =>
        broker.AveragePrices is { } prices && prices.TryGetValue(instrument, out var price) && price > 0 ? price : null;

    private static void CompareOrders(LocalAccountSnapshot local, BrokerAccountSnapshot broker,
        IReadOnlyDictionary<ClientOrderId, BrokerOrderState?>? lookups, List<ReconcileDifference> differences)
    {
        var listed = new Dictionary<ClientOrderId, BrokerOrderState>();
        foreach (var order in broker.WorkingOrders) listed[order.OrderId] = order;
        var reported = new Dictionary<FillId, (Fill Fill, bool External)>();
        foreach (var (id, ours) in local.WorkingOrders)
        {
            if (!listed.TryGetValue(id, out var theirs))
            {
                if (!ours.Status.IsWorking()) continue;
                var answered = lookups is not null && lookups.TryGetValue(id, out theirs);
                if (theirs is null)
                {
                    differences.Add(ReconcileDifferences.OrderUnknownToBroker(id, ours, neverReceived: answered));
                    continue;
                }
            }
            if (Normal(ours.Status) != Normal(theirs.Status) || ours.FilledQuantity != theirs.FilledQuantity)
                differences.Add(ReconcileDifferences.OrderStatus(id, ours, theirs));
            Collect(theirs, external: false, reported);
        }
        foreach (var (id, theirs) in listed)
        {
            if (local.WorkingOrders.ContainsKey(id)) continue;
            differences.Add(ReconcileDifferences.OrderUnknownLocally(theirs));
            Collect(theirs, external: true, reported);
        }
        foreach (var (fill, external) in reported.Values)
            if (!local.KnownFills.Contains(fill.Id)) differences.Add(ReconcileDifferences.FillMissing(fill, external));
    }

    private static void Collect(BrokerOrderState order, bool external, Dictionary<FillId, (Fill, bool)> into)
    {
        foreach (var fill in order.Fills) into.TryAdd(fill.Id, (fill, external));
    }

    // Submitted is our side of Accepted: the broker's acknowledgement may still be on its way.
    private static OrderStatus Normal(OrderStatus status) => status == OrderStatus.Submitted ? OrderStatus.Accepted : status;

    private static int Order(ReconcileDifference a, ReconcileDifference b)
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0) return byKind;
        var bySubject = string.CompareOrdinal(a.Subject, b.Subject);
        return bySubject != 0 ? bySubject : string.CompareOrdinal(a.Message, b.Message);
    }
}
