using System.Text.Json;
using System.Text.Json.Serialization;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Live.Agent;

/// <summary>
/// A broker-state adoption as a journaled input and back, so that a restart re-applies it at its place. The payload is
/// written field by field with fixed names (no type names, no reflection over domain records) and a version: a later
/// version may add fields, which this one ignores; a field it needs and does not find makes the input unreadable,
/// never a zero.
/// </summary>
internal static class AdoptionInputs
{
    public const string Kind = "broker-adoption";
    public const int Version = 1;

    public static AgentInput ToInput(long sequence, long afterSlices, AdoptBrokerStateCommand command)
    {
        var a = command.Adoption;
        var payload = new Payload(Version, command.By, command.Reason, command.Time, a.Cash,
            [.. a.Positions.Select(p => new PositionPayload(p.Instrument.Value, p.Quantity, p.AveragePrice, p.External))],
            [.. a.Fills.Select(f => new FillPayload(f.Fill.Id.Value, f.Fill.OrderId.Value, f.Fill.Instrument.Value, f.Fill.Side.ToString(), f.Fill.Quantity,
                f.Fill.Price, f.Fill.Fee, f.Fill.Time, f.Fill.Liquidity.ToString(), f.External))],
            [.. a.Orders.Select(o => new OrderPayload(o.OrderId.Value, o.Status.ToString(), o.Reason))]);
        return new AgentInput(sequence, afterSlices, Kind, command.Time, JsonSerializer.Serialize(payload));
    }

    public static AdoptBrokerStateCommand ToCommand(AgentInput input)
    {
        var p = JsonSerializer.Deserialize<Payload>(input.Payload) ?? throw Unreadable(input, "it has no payload");
        if (p.Version < 1) throw Unreadable(input, $"its version {p.Version} is not one this agent writes");
        var adoption = new BrokerAdoption(p.Cash,
            [.. (p.Positions ?? []).Select(x => new AdoptedPosition(new InstrumentId(Required(input, x.Instrument, "instrument")), Required(input, x.Quantity, "quantity"),
                x.AveragePrice, x.External ?? false))],
            [.. (p.Fills ?? []).Select(x => new AdoptedFill(Fill(input, x), x.External ?? false))],
            [.. (p.Orders ?? []).Select(x => new AdoptedOrderStatus(new ClientOrderId(Required(input, x.OrderId, "order_id")),
                Parse<OrderStatus>(input, x.Status, "status"), Required(input, x.Reason, "reason")))]);
        return new AdoptBrokerStateCommand(adoption, Required(input, p.By, "by"), Required(input, p.Reason, "reason"), p.Time ?? input.Time);
    }

    private static Fill Fill(AgentInput input, FillPayload x) => new(
        new FillId(Required(input, x.Id, "fill id")), new ClientOrderId(Required(input, x.OrderId, "order_id")), new InstrumentId(Required(input, x.Instrument, "instrument")),
        Parse<OrderSide>(input, x.Side, "side"), Required(input, x.Quantity, "quantity"), Required(input, x.Price, "price"), Required(input, x.Fee, "fee"),
        Required(input, x.Time, "time"), Parse<Liquidity>(input, x.Liquidity, "liquidity"));

    private static T Required<T>(AgentInput input, T? value, string name) where T : class =>
        value ?? throw Unreadable(input, $"the field '{name}' is missing");

    private static T Required<T>(AgentInput input, T? value, string name) where T : struct =>
        value ?? throw Unreadable(input, $"the field '{name}' is missing");

    private static T Parse<T>(AgentInput input, string? value, string name) where T : struct, Enum =>
        Enum.TryParse<T>(Required(input, value, name), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw Unreadable(input, $"the field '{name}' has the unknown value '{value}'");

    private static InvalidDataException Unreadable(AgentInput input, string why) =>
        new($"broker-adoption input {input.Sequence} cannot be read: {why}");

    private sealed record Payload(
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("by")] string? By,
        [property: JsonPropertyName("reason")] string? Reason,
        [property: JsonPropertyName("time")] DateTimeOffset? Time,
        [property: JsonPropertyName("cash")] decimal? Cash,
        [property: JsonPropertyName("positions")] IReadOnlyList<PositionPayload>? Positions,
        [property: JsonPropertyName("fills")] IReadOnlyList<FillPayload>? Fills,
        [property: JsonPropertyName("orders")] IReadOnlyList<OrderPayload>? Orders);

    private sealed record PositionPayload(
        [property: JsonPropertyName("instrument")] string? Instrument,
        [property: JsonPropertyName("quantity")] decimal? Quantity,
        [property: JsonPropertyName("average_price")] decimal? AveragePrice,
        [property: JsonPropertyName("external")] bool? External);

    private sealed record FillPayload(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("order_id")] string? OrderId,
        [property: JsonPropertyName("instrument")] string? Instrument,
        [property: JsonPropertyName("side")] string? Side,
        [property: JsonPropertyName("quantity")] decimal? Quantity,
        [property: JsonPropertyName("price")] decimal? Price,
        [property: JsonPropertyName("fee")] decimal? Fee,
        [property: JsonPropertyName("time")] DateTimeOffset? Time,
        [property: JsonPropertyName("liquidity")] string? Liquidity,
        [property: JsonPropertyName("external")] bool? External);

    private sealed record OrderPayload(
        [property: JsonPropertyName("order_id")] string? OrderId,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("reason")] string? Reason);
}
