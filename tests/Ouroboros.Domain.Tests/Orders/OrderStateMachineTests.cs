using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Orders;
using static Ouroboros.Domain.Orders.OrderStatus;

namespace Ouroboros.Domain.Tests.Orders;

/// <summary>
/// The order life cycle of docs/architecture.md: every edge of the graph succeeds, everything else throws,
/// and terminal states accept nothing.
/// </summary>
public sealed class OrderStateMachineTests
{
    // The documented graph, written out independently of the implementation.
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Graph = new()
    {
        [New] = [Submitted, DeniedByRisk, Rejected],
        [Submitted] = [Accepted, Rejected, Cancelled, PartiallyFilled, Filled, Expired],
        [Accepted] = [PartiallyFilled, Filled, Cancelled, Expired],
        [PartiallyFilled] = [PartiallyFilled, Filled, Cancelled, Expired],
        [Filled] = [],
        [Cancelled] = [],
        [Rejected] = [],
        [Expired] = [],
        [DeniedByRisk] = [],
    };

    private static readonly OrderStatus[] All = Enum.GetValues<OrderStatus>();

    public static TheoryData<OrderStatus, OrderStatus> Pairs()
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var from in All)
            foreach (var to in All)
                data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_pair_of_states_is_allowed_exactly_when_the_graph_has_the_edge(OrderStatus from, OrderStatus to)
    {
        var allowed = Graph[from].Contains(to);

        OrderStateMachine.CanTransition(from, to).ShouldBe(allowed);
        if (allowed) OrderStateMachine.Transition(from, to).ShouldBe(to);
        else Should.Throw<InvalidOperationException>(() => OrderStateMachine.Transition(from, to)).Message.ShouldBe($"Order cannot move from {from} to {to}.");
    }

    [Fact]
    public void Terminal_states_accept_no_transition()
    {
        foreach (var terminal in All.Where(s => s.IsTerminal()))
            foreach (var to in All)
                OrderStateMachine.CanTransition(terminal, to).ShouldBeFalse($"{terminal} -> {to}");
    }

    [Fact]
    public void Terminal_and_working_states_are_classified_as_documented()
    {
        All.Where(s => s.IsTerminal()).ShouldBe([Filled, Cancelled, Rejected, Expired, DeniedByRisk], ignoreOrder: true);
        All.Where(s => s.IsWorking()).ShouldBe([Submitted, Accepted, PartiallyFilled], ignoreOrder: true);
    }

    [Fact]
    public void Any_random_walk_succeeds_on_graph_edges_and_throws_off_them_leaving_the_state_unchanged()
    {
        var walks = Gen.ArrayOf(Gen.Elements(All));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(walks.ToArbitrary(), steps =>
        {
            var state = New;
            foreach (var next in steps)
            {
                if (Graph[state].Contains(next))
                {
                    state = OrderStateMachine.Transition(state, next);
                    state.ShouldBe(next);
                }
                else
                {
                    Should.Throw<InvalidOperationException>(() => OrderStateMachine.Transition(state, next));
                }
            }
        }));
    }

    [Fact]
    public void Any_random_walk_applied_to_an_order_follows_the_graph() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 6)).ToArbitrary(), actions =>
        {
            var order = new Order(Support.Make.Market(quantity: 1_000m));
            foreach (var action in actions)
            {
                var before = order.Status;
                var (target, apply) = Action(order, action);
                if (Graph[before].Contains(target))
                {
                    apply();
                    order.Status.ShouldBe(target);
                }
                else
                {
                    Should.Throw<InvalidOperationException>(apply);
                    order.Status.ShouldBe(before);
                }
            }
        }));

    private static (OrderStatus Target, Action Apply) Action(Order order, int action) => action switch
    {
        0 => (Submitted, order.MarkSubmitted),
        1 => (Accepted, () => order.MarkAccepted(new Domain.Primitives.BrokerOrderId("B-1"))),
        2 => (DeniedByRisk, () => order.MarkDenied("gate: no")),
        3 => (Rejected, () => order.MarkRejected("broker said no")),
        4 => (Cancelled, () => order.MarkCancelled("user")),
        5 => (Expired, order.MarkExpired),
        // A one-unit fill: partial unless it is the last unit.
        _ => (order.RemainingQuantity == 1m ? Filled : PartiallyFilled, () => order.ApplyFill(1m, 10m, 0m)),
    };
}
