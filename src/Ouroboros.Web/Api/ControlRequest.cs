namespace Ouroboros.Web.Api;

/// <summary>The body of a halt, resume or kill: the market (none: the whole account; kill ignores it) and why.</summary>
public sealed record ControlRequest(string? Market, string? Reason);
