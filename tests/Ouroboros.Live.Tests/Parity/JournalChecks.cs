using Ouroboros.Core.Agent;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Live.Tests.Parity;

/// <summary>What a session's journal must agree with in the run that wrote it: the kernel's own final cash, positions and equity.</summary>
internal static class JournalChecks
{
    public static async Task AgreesWithRunAsync(ISessionJournal journal, KernelSummary kernel, decimal initialCash, string context)
    {
        var orders = await journal.OrdersAsync(CancellationToken.None);
        var fills = await journal.FillsAsync(CancellationToken.None);
        var last = (await journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull($"{context}: no checkpoint");

        var cash = initialCash + fills.Sum(f => f.Side == OrderSide.Buy ? -(f.Notional + f.Fee) : f.Notional - f.Fee);
        cash.ShouldBe(kernel.FinalCash, $"{context}: the journal's fills replayed from the initial cash");
        last.Cash.ShouldBe(kernel.FinalCash, $"{context}: the last checkpoint's cash");
        last.Equity.ShouldBe(kernel.FinalEquity, $"{context}: the last checkpoint's equity");

        var held = fills.GroupBy(f => f.Instrument)
            .Select(g => (Instrument: g.Key, Quantity: g.Sum(f => f.Side == OrderSide.Buy ? f.Quantity : -f.Quantity)))
            .Where(p => p.Quantity != 0).OrderBy(p => p.Instrument.Value, StringComparer.Ordinal).ToList();
        var open = kernel.OpenTrades.GroupBy(t => t.Instrument)
            .Select(g => (Instrument: g.Key, Quantity: g.Sum(t => t.Direction == OrderSide.Buy ? t.Quantity : -t.Quantity)))
            .OrderBy(p => p.Instrument.Value, StringComparer.Ordinal).ToList();
        held.ShouldBe(open, $"{context}: positions from the journal's fills vs the kernel's open trades");

        var byOrder = orders.ToDictionary(o => o.Request.Id);
        foreach (var group in fills.GroupBy(f => f.OrderId))
        {
            byOrder.TryGetValue(group.Key, out var order).ShouldBeTrue($"{context}: fill of unknown order {group.Key}");
            group.Sum(f => f.Quantity).ShouldBe(order!.FilledQuantity, $"{context}: fills of {group.Key}");
        }
        orders.Where(o => o.FilledQuantity > 0).Count().ShouldBe(fills.Select(f => f.OrderId).Distinct().Count(), $"{context}: filled orders");
    }
}
