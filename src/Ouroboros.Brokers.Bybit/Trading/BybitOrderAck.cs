namespace Ouroboros.Brokers.Bybit.Trading;

/// <summary>Bybit's acknowledgement of a create, amend or cancel: only that it was taken, never that it filled.</summary>
public sealed record BybitOrderAck(string OrderId, string OrderLinkId);
