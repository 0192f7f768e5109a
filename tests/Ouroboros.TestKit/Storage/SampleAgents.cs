using Ouroboros.Core.Agent;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Shouldly;

namespace Ouroboros.TestKit.Storage;

/// <summary>Agent sessions, leases, heartbeats and orders built by hand for the agent contracts, and their exact comparisons.</summary>
public static class SampleAgents
{
    /// <summary>An instant off the whole second, in a non-UTC offset: stores must keep the instant to the tick.</summary>
    public static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 9, 0, 0, TimeSpan.FromHours(9)).AddTicks(1234567);

    private static readonly InstrumentId Samsung = new("KRX:005930");
    private static readonly StrategyId Strategy = new("opening-range");

    public static AgentSessionRecord Session(string id, string account, DateTimeOffset startedAt) => new(
        id, account, AgentMode.Paper, "simulated", ["KRX", "NYSE"], "opening-range", "fp-" + id, """{"cash":"10000000.00","note":"한국어"}""",
        id + "-", startedAt, AgentSessionStatus.Running, 0, 0, null, null);

    public static AgentLease Lease(string account, string sessionId, DateTimeOffset acquiredAt, TimeSpan lasting, int processId = 4242) =>
        new(account, sessionId, processId, "host-a", acquiredAt, acquiredAt + lasting);

    public static AgentHeartbeat Heartbeat(string sessionId, string account, DateTimeOffset at) =>
        new(sessionId, account, 4242, "paper", "simulated", ["KRX"], at, """{"markets":{"KRX":"open"},"pnl":"-12.50"}""");

    /// <summary>A limit buy as the order manager holds it; each call is a new, unsubmitted order.</summary>
    public static Order LimitBuy(string id, decimal quantity, decimal limit, DateTimeOffset createdAt, string? tag = "entry") =>
        new(new OrderRequest(new ClientOrderId(id), Samsung, OrderSide.Buy, OrderType.Limit, quantity, limit, null, TimeInForce.Day, createdAt, Strategy, tag));

    /// <summary>A market buy sized by cash, the other optional request fields set.</summary>
    public static Order CashBuy(string id, decimal cash, DateTimeOffset createdAt) =>
        new(new OrderRequest(new ClientOrderId(id), Samsung, OrderSide.Buy, OrderType.Market, 10m, null, null, TimeInForce.Day, createdAt, Strategy, null, cash));

    public static Fill Fill(string id, string orderId, decimal quantity, decimal price, decimal fee, DateTimeOffset time) =>
        new(new FillId(id), new ClientOrderId(orderId), Samsung, OrderSide.Buy, quantity, price, fee, time, Liquidity.Maker);

    public static void ShouldMatch(this AgentSessionRecord? actual, AgentSessionRecord expected)
    {
        actual.ShouldNotBeNull();
        actual.Markets.ShouldBe(expected.Markets);
        (actual with { Markets = expected.Markets }).ShouldBe(expected);
    }

    public static void ShouldMatch(this AgentHeartbeat actual, AgentHeartbeat expected)
    {
        actual.Markets.ShouldBe(expected.Markets);
        (actual with { Markets = expected.Markets }).ShouldBe(expected);
    }

    /// <summary>Equal, and every decimal with its scale (1.50 is not 1.5).</summary>
    public static void ShouldMatchExactly(this OrderSnapshot actual, OrderSnapshot expected)
    {
        actual.ShouldBe(expected);
        DecimalAssertions.ShouldBeExactly(actual.Request.Quantity, expected.Request.Quantity);
        if (expected.Request.LimitPrice is { } limit) DecimalAssertions.ShouldBeExactly(actual.Request.LimitPrice!.Value, limit);
        if (expected.Request.CashAmount is { } cash) DecimalAssertions.ShouldBeExactly(actual.Request.CashAmount!.Value, cash);
        DecimalAssertions.ShouldBeExactly(actual.FilledQuantity, expected.FilledQuantity);
        DecimalAssertions.ShouldBeExactly(actual.AverageFillPrice, expected.AverageFillPrice);
        DecimalAssertions.ShouldBeExactly(actual.Fees, expected.Fees);
    }

    public static void ShouldMatchExactly(this Fill actual, Fill expected)
    {
        actual.ShouldBe(expected);
        DecimalAssertions.ShouldBeExactly(actual.Quantity, expected.Quantity);
        DecimalAssertions.ShouldBeExactly(actual.Price, expected.Price);
        DecimalAssertions.ShouldBeExactly(actual.Fee, expected.Fee);
    }
}
