namespace Ouroboros.Application.Sessions;

/// <summary>Let an order that waits for a person through (orders above the approval threshold).</summary>
public sealed record ApproveOrderRequest(string ClientOrderId, string Actor, string? Reason = null);
