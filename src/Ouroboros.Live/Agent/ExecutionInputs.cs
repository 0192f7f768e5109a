using System.Text.Json;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// A live broker's reports (acknowledgements, fills, rejections, cancels, expiries) as journaled inputs and back. The
/// paper broker's reports follow from the bars, so a re-run derives them again; a real broker's cannot be derived, so
/// each is kept at its place in the stream before the kernel hears of it, and a restart re-applies it there.
/// </summary>
internal static class ExecutionInputs
{
    public const string Kind = "execution";

    public static AgentInput ToInput(long sequence, long afterSlices, ExecutionReport report) =>
        new(sequence, afterSlices, Kind, report.Time, JsonSerializer.Serialize(report switch
        {
            OrderAccepted a => new Payload("accepted", a.OrderId.Value, a.Time) { BrokerOrderId = a.BrokerOrderId.Value },
            OrderFilled f => new Payload("fill", f.OrderId.Value, f.Time)
            {
                Fill = new FillPayload(f.Fill.Id.Value, f.Fill.Instrument.Value, f.Fill.Side, f.Fill.Quantity, f.Fill.Price, f.Fill.Fee, f.Fill.Liquidity),
            },
            OrderRejected r => new Payload("rejected", r.OrderId.Value, r.Time) { Reason = r.Reason },
            OrderCancelled c => new Payload("cancelled", c.OrderId.Value, c.Time) { Reason = c.Reason },
            OrderExpired e => new Payload("expired", e.OrderId.Value, e.Time),
            QuantityResolved q => new Payload("quantity", q.OrderId.Value, q.Time) { Quantity = q.Quantity },
            _ => throw new ArgumentException($"{report.GetType().Name} is not an execution report the journal knows", nameof(report)),
        }));

    public static ExecutionReport? ToReport(AgentInput input)
    {
        if (input.Kind != Kind) return null;
        var p = JsonSerializer.Deserialize<Payload>(input.Payload) ?? throw new InvalidDataException($"execution input {input.Sequence} has no payload");
        var order = new ClientOrderId(p.OrderId);
        return p.Type switch
        {
            "accepted" => new OrderAccepted(order, new BrokerOrderId(Required(p.BrokerOrderId, input)), p.Time),
            "fill" when p.Fill is { } f => new OrderFilled(new Fill(new FillId(f.Id), order, new InstrumentId(f.Instrument), f.Side, f.Quantity, f.Price, f.Fee, p.Time, f.Liquidity)),
            "rejected" => new OrderRejected(order, p.Reason ?? "", p.Time),
            "cancelled" => new OrderCancelled(order, p.Reason ?? "", p.Time),
            "expired" => new OrderExpired(order, p.Time),
            "quantity" => new QuantityResolved(order, p.Quantity ?? throw new InvalidDataException($"execution input {input.Sequence} has no quantity"), p.Time),
            _ => throw new InvalidDataException($"execution input {input.Sequence} has an unknown type '{p.Type}'"),
        };
    }

    /// <summary>What makes two reports the same report: a fill's id, else the kind and the order (a broker may say it twice).</summary>
    public static string Key(ExecutionReport report) => report is OrderFilled f ? "fill:" + f.Fill.Id.Value : report.GetType().Name + ":" + report.OrderId.Value;

    private static string Required(string? value, AgentInput input) =>
        value ?? throw new InvalidDataException($"execution input {input.Sequence} has no broker order id");

    private sealed record Payload(string Type, string OrderId, DateTimeOffset Time)
    {
        public string? BrokerOrderId { get; init; }
        public string? Reason { get; init; }
        public decimal? Quantity { get; init; }
        public FillPayload? Fill { get; init; }
    }

    private sealed record FillPayload(string Id, string Instrument, OrderSide Side, decimal Quantity, decimal Price, decimal Fee, Liquidity Liquidity);
}
