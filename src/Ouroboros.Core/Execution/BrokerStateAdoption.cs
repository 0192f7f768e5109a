using System.Globalization;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Sinks;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Execution;

/// <summary>
/// Applies an <see cref="AdoptBrokerStateCommand"/> on the kernel's thread, deterministically: lost fills of our orders
/// first (each fill id once, however often it is adopted), then orders the broker closed, then positions and cash set to
/// the broker's figures. A position the broker reported no average price for keeps ours when it points the same way,
/// else takes the last price; with neither it is not adopted (said so), never valued at 0.
/// </summary>
internal sealed class BrokerStateAdoption(KernelState state, RiskAssembly risk, ExecutionReportHandler reports)
{
    private readonly HashSet<FillId> _applied = [];

    public void Apply(AdoptBrokerStateCommand command)
    {
        var adoption = command.Adoption;
        var time = state.Time.GetUtcNow();
        var notAdopted = new List<string>();
        var known = new List<FillId>();
        var portfolio = state.Portfolio;
        // The fills move cash; starting from the broker's cash less their effect, they end at the broker's cash, so a buy
        // the broker reports is never refused for cash we only lack because the adoption has not finished yet.
        var fills = adoption.Fills.Where(f => !f.External && Applicable(f.Fill)).Select(f => f.Fill).ToList();
        if (adoption.Cash is { } target)
        {
            var beforeFills = target - fills.Sum(CashEffect);
            if (beforeFills >= 0) portfolio.AdoptCash(beforeFills);
        }
        foreach (var adopted in adoption.Fills)
        {
            var fill = adopted.Fill;
            known.Add(fill.Id);
            if (!_applied.Add(fill.Id) || adopted.External) continue;
            if (!fills.Contains(fill))
                notAdopted.Add(Say($"fill {fill.Id} of order {fill.OrderId} was not applied: the order is not working here (the broker's position and cash cover it)"));
            else if (portfolio.Cash + CashEffect(fill) < 0)
                notAdopted.Add(Say($"fill {fill.Id} of order {fill.OrderId} was not applied: its cost {-CashEffect(fill)} exceeds our cash {portfolio.Cash}"));
            else
                reports.OnFill(fill);
        }
        foreach (var order in adoption.Orders) Close(order, notAdopted);
        foreach (var position in adoption.Positions) Adopt(position, time, notAdopted);
        if (adoption.Cash is { } cash)
        {
            if (cash >= 0) portfolio.AdoptCash(cash);
            else notAdopted.Add(Say($"the broker's cash {cash} was not adopted: a cash account cannot be negative"));
        }
        state.LastEquity = portfolio.Equity();
        state.Sinks.OnBrokerStateAdopted(new BrokerStateAdopted(time, portfolio.Cash, state.LastEquity, Positions(), known, notAdopted));
        risk.DrainEvents();
    }

    /// <summary>A lost fill goes through its order when the order is still working here and has room for it.</summary>
    private bool Applicable(Fill fill) =>
        !_applied.Contains(fill.Id) && state.Index.ContainsKey(fill.Instrument)
        && state.Orders.TryGet(fill.OrderId, out var order) && order.Status.IsWorking() && fill.Quantity <= order.RemainingQuantity;

    private static decimal CashEffect(Fill fill) => fill.Side == OrderSide.Buy ? -(fill.Notional + fill.Fee) : fill.Notional - fill.Fee;

    private void Close(AdoptedOrderStatus adopted, List<string> notAdopted)
    {
        if (!state.Orders.TryGet(adopted.OrderId, out var order) || !order.Status.IsWorking())
        {
            notAdopted.Add(Say($"order {adopted.OrderId} was not closed as {adopted.Status}: it is not working here"));
            return;
        }
        switch (adopted.Status)
        {
            case OrderStatus.Cancelled: reports.OnCancelled(adopted.OrderId, adopted.Reason); break;
            case OrderStatus.Rejected: reports.OnRejected(adopted.OrderId, adopted.Reason); break;
            default: reports.OnExpired(adopted.OrderId); break;
        }
    }

    private void Adopt(AdoptedPosition adopted, DateTimeOffset time, List<string> notAdopted)
    {
        if (!state.Index.TryGetValue(adopted.Instrument, out var idx))
        {
            notAdopted.Add(Say($"the broker's position of {adopted.Quantity} {adopted.Instrument} was not adopted: this session does not trade it"));
            return;
        }
        var portfolio = state.Portfolio;
        var before = portfolio.QuantityOf(idx);
        if (before == adopted.Quantity && adopted.AveragePrice is null) return;
        var ours = portfolio.PositionAt(idx);
        var price = adopted.AveragePrice
            ?? (before != 0 && Math.Sign(before) == Math.Sign(adopted.Quantity) ? ours.AveragePrice : portfolio.LastPrice(idx));
        if (adopted.Quantity != 0 && price is not > 0)
        {
            notAdopted.Add(Say($"the broker's position of {adopted.Quantity} {adopted.Instrument} was not adopted: the broker reported no average price and no price of it is known yet"));
            return;
        }
        portfolio.AdoptPosition(idx, adopted.Quantity, adopted.Quantity == 0 ? 0m : price!.Value, time);
        risk.ObserveAdoptedPosition(idx, before);
    }

    private Dictionary<InstrumentId, decimal> Positions()
    {
        var positions = new Dictionary<InstrumentId, decimal>();
        for (var i = 0; i < state.Instruments.Length; i++)
        {
            var q = state.Portfolio.QuantityOf(i);
            if (q != 0) positions[state.Instruments[i].Id] = q;
        }
        return positions;
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
