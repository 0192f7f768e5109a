using Ouroboros.TestKit;
using Ouroboros.Core.Agent;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Live.Tests.Parity;

namespace Ouroboros.Live.Tests.Recovery;

/// <summary>What a session's journal ends up holding, read once, to compare a killed session with one never killed.</summary>
internal sealed record SessionSnapshot(IReadOnlyList<OrderSnapshot> Orders, IReadOnlyList<Fill> Fills, IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<AgentInput> Inputs, AgentCheckpoint? Last)
{
    public static async Task<SessionSnapshot> OfAsync(ISessionJournal journal) => new(
        await journal.OrdersAsync(CancellationToken.None),
        await journal.FillsAsync(CancellationToken.None),
        await journal.EquityAsync(CancellationToken.None),
        await journal.InputsAsync(CancellationToken.None),
        await journal.LastCheckpointAsync(CancellationToken.None));

    /// <summary>Same orders (ids included), fills (ids included), equity curve, inputs and last checkpoint; no id twice.</summary>
    public void ShouldEqual(SessionSnapshot expected, string context)
    {
        RunComparison.SameOrders(expected.Orders, Orders, context, ids: true);
        RunComparison.SameFills(expected.Fills, Fills, context, ids: true);
        RunComparison.SameEquity(expected.Equity, Equity, context);
        Orders.Select(o => o.Request.Id).Distinct().Count().ShouldBe(Orders.Count, $"{context}: an order id appears twice");
        Fills.Select(f => f.Id).Distinct().Count().ShouldBe(Fills.Count, $"{context}: a fill id appears twice");
        Inputs.Select(i => (i.AfterSlices, i.Kind, i.Payload)).ShouldBe(expected.Inputs.Select(i => (i.AfterSlices, i.Kind, i.Payload)), $"{context}: journaled inputs");
        var last = Last.ShouldNotBeNull($"{context}: no checkpoint");
        var want = expected.Last.ShouldNotBeNull($"{context}: the never-killed run has no checkpoint");
        (last.SlicesDone, last.SliceTime, last.Equity, last.Cash, last.PositionsJson)
            .ShouldBe((want.SlicesDone, want.SliceTime, want.Equity, want.Cash, want.PositionsJson), $"{context}: last checkpoint");
    }
}
